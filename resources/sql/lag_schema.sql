-- The lag history's SQLite schema, split into statements at each semicolon: every one can run again on an existing file.
CREATE TABLE IF NOT EXISTS series (
    id INTEGER PRIMARY KEY,
    cluster TEXT NOT NULL,
    subject TEXT NOT NULL,
    metric TEXT NOT NULL,
    UNIQUE (cluster, subject, metric)
);
CREATE TABLE IF NOT EXISTS samples (
    series_id INTEGER NOT NULL,
    t INTEGER NOT NULL,
    v REAL NOT NULL,
    PRIMARY KEY (series_id, t)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS samples_by_time ON samples (t);
CREATE TABLE IF NOT EXISTS events (t INTEGER NOT NULL, cluster TEXT NOT NULL, kind TEXT NOT NULL, node TEXT, label TEXT);
CREATE INDEX IF NOT EXISTS events_by_cluster ON events (cluster, t);
