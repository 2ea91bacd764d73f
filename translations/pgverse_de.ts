<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertEngine</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>Replay lag over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby not streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive slot retaining over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterEvent</name>
    <message>
        <source>%1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on timeline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replay resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabManifest</name>
    <message>
        <source>%1 is not a PostgresVerse lab (it has no lab.json). Create one with: pgversectl lab up --dir %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/lab.json is damaged or from an unknown version; this lab cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/lab.json lists no nodes; this lab cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab folder &quot;%1&quot; contains the character &quot;%2&quot;, which server settings and password files cannot carry safely. Choose a folder without quotes, backslashes, %, : or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab folder path is too long for a Unix socket (at most %1 characters); choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagDatabase</name>
    <message>
        <source>The lag history file %1 is locked by another program (%2). This session records into %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lag history file %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file could not be opened either (%1): lag history is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeProber</name>
    <message>
        <source>PostgreSQL %1 is not supported: PostgresVerse monitors PostgreSQL 13 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll interval must be between 100 ms and one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two nodes are named &quot;%1&quot;; node names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;: the connection string is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;: remove password= from the connection string. Store the password in the keychain (Edit profile → Password) or in a .pgpass file, so it never lands in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no password is stored for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); the password is kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerBinaries</name>
    <message>
        <source>The PostgreSQL server in %1 is version %2; the lab needs 13 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb, pg_ctl, pg_basebackup, postgres) were not found in /usr/lib/postgresql/*/bin, in `pg_config --bindir` or on PATH. Install them (apt-get install postgresql) or point to them with --bindir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain the PostgreSQL server programs (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUser</name>
    <message>
        <source>The servers must run as an unprivileged user, and user &quot;%1&quot; does not exist. Install PostgreSQL (apt-get install postgresql creates &quot;postgres&quot;), create a user (useradd --system %1), or name another one with --server-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root; choose an unprivileged --server-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only root can run the servers as another user (&quot;%1&quot;); run without --server-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand %1 to user %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>Split brain: %1 are all writable primaries. Stop or demote all but one before clients write to more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary is reachable: the cluster accepts no writes. Bring the primary back or fail over to a standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not answer: the server may be hung, stopped or overloaded. The other nodes are still monitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is unreachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another database cluster (system identifier %2, the primary %3 has %4): it cannot replicate from this primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on timeline %2 but %3 is on timeline %4: it must follow the new timeline, or be rewound (pg_rewind) or rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not streaming from %2 (state: %3). It falls behind until replication resumes: check its log and primary_conninfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay is paused on %1: it receives WAL but applies none, so its data gets older. Resume with SELECT pg_wal_replay_resume();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 on %2 is inactive: it holds back WAL (%3 so far), more with every write, until its client returns. If that client is gone for good: SELECT pg_drop_replication_slot(%4);</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the lab in folder &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node to watch, as a libpq connection string, optionally named: node1@&apos;host=… port=…&apos;. Repeat for each node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --profile, --lab and --node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;. List them with: pgversectl profile list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cluster? Give --profile NAME, --lab DIR or --node CONNINFO (or create a lab first: pgversectl lab up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>
Problems:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the replication topology and its problems.</source>
        <translation>Zeigt die Replikationstopologie und ihre Probleme.</translation>
    </message>
    <message>
        <source>Print JSON (one document per update with --watch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep printing until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval in milliseconds (default: the profile&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--standbys takes a number from 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a port number (1024-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab &quot;%1&quot; is running in %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it with psql and pgbench:  eval &quot;$(pgversectl lab env --dir %1)&quot;; psql
Watch it:                     pgverse --profile %2   or   pgversectl status --lab %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab %1 in %2 (servers run as %3, binaries in %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server running, pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and run a local practice cluster on 127.0.0.1.

Commands:
  up       create the lab (or start it when it exists)
  status   show its servers and replication
  start    start its servers
  stop     stop its servers (fast shutdown)
  destroy  stop it and delete its folder
  env      print export lines so psql and pgbench reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up, status, start, stop, destroy or env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab folder (default: $PGVERSE_LAB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up: number of standbys (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up: first port; node N listens on port+N-1 (default: the first free run from 55432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up: the lab&apos;s name, also its profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up: folder of the PostgreSQL server programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up: OS user the servers run as when started by root (default postgres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab in %1 destroyed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab %1 started.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab %1 stopped.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lab command &quot;%1&quot;; see pgversectl lab --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for profile %1 (read from standard input): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage cluster profiles.

Commands:
  list                 the saved profiles
  show NAME            one profile
  add NAME --node …    add or replace a profile
  remove NAME          forget a profile
  set-password NAME    store its password in the system keychain (read from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, add, remove or set-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a node as NAME@CONNINFO; repeat for each node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: sslmode for every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: never allow actions on this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: poll interval in milliseconds (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 saved with %2 nodes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;; see pgversectl profile --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the replication lag of every standby and slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the alerts firing now (exit code 1 when any fire).
A single check cannot see for how long a condition has held, so it ignores the rules&apos; hold times; --watch applies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert is firing on %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pgversectl COMMAND [options]   (pgversectl COMMAND --help for details)

Commands:
  status    replication topology and problems of a cluster (--json, --watch)
  lag       replication lag of every standby and slot (--json, --watch)
  alerts    alerts firing now; exit code 1 when any fire (--json, --watch)
  lab       create, start, stop and destroy a local practice cluster
  profile   manage saved cluster profiles
  version   print the version

Exit codes: 0 ok, 1 problems found or action refused, 2 usage error or nothing reachable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: nodes: %2, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for PostgreSQL high-availability clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lab in folder &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render each main view to a PNG file in &lt;dir&gt; once the topology is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print start-up timings and peak memory (for the benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: wait &lt;ms&gt; after the topology is shown (default 400).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::AlertListModel</name>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>firing (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>%1
Condition held since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished">Knoten</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>pgv::AlertRulesDialog</name>
    <message>
        <source>Alert rules for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Threshold&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Holds for&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::AlertsPane</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen: it stays listed while it fires, without the alarm colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation>Alarm&amp;regeln …</translation>
    </message>
</context>
<context>
    <name>pgv::ClusterSession</name>
    <message>
        <source>Profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::Lab</name>
    <message>
        <source>The lab has no node named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: port %2 on 127.0.0.1 is already in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed to start. Last lines of its log (%2):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 on port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not append to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab creation cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab has between 0 and 9 standbys (asked for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists, is not empty and is not a lab. Choose a new or empty folder with --dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers run as user %1, who cannot enter %2. Choose a lab folder %1 can reach, such as one under /var/tmp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another base port with --port%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, for example --port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 consecutive free ports were found on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1; check that the parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists for another cluster. Give the lab another name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 with initdb…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 (primary) on port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the replication and monitoring roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning %1 from %2 with pg_basebackup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 (standby) on port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 standbys to stream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 standbys were streaming after 60 s; see the logs in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove every file of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::LabDialog</name>
    <message>
        <source>Create a practice lab</source>
        <translation>Übungslabor anlegen</translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standbys:</source>
        <translation>&amp;Standbys:</translation>
    </message>
    <message>
        <source>first free from 55432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A primary and its standbys are created with initdb and pg_basebackup on 127.0.0.1, with replication slots and WAL archiving into the lab folder. It takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… (what was created is removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::LagChartView</name>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::LagPage</name>
    <message>
        <source>Replay lag</source>
        <translation>Replay-Verzögerung</translation>
    </message>
    <message>
        <source>Flush lag</source>
        <translation>Flush-Verzögerung</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Schreib-Verzögerung</translation>
    </message>
    <message>
        <source>WAL retained by slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical slot lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: WAL the standby has received; flush: made durable; replay: applied and visible to queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <source>custom…</source>
        <translation>eigener Bereich …</translation>
    </message>
    <message>
        <source>Lag as an amount of WAL, or as the time it represents (reported by the upstream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time span shown while following live; drag or zoom the chart to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;live</source>
        <translation>&amp;Live folgen</translation>
    </message>
    <message>
        <source>Keep the newest data in view; dragging or zooming the chart pauses it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g scale</source>
        <translation>Lo&amp;garithmisch</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save the chart as PNG or PDF, or the visible data as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::LagRecorder</name>
    <message>
        <source>alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::LagStoreWorker</name>
    <message>
        <source>Lag history could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::MainWindow</name>
    <message>
        <source>PostgresVerse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Knotendetails</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cluster</source>
        <translation>Cluster ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil …</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>Profil &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Copy status as JSON</source>
        <translation>Status als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Create lab…</source>
        <translation>Labor &amp;anlegen …</translation>
    </message>
    <message>
        <source>&amp;Start lab servers</source>
        <translation>Laborserver &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top lab servers</source>
        <translation>Laborserver s&amp;toppen</translation>
    </message>
    <message>
        <source>Copy &amp;shell setup (psql, pgbench)</source>
        <translation>&amp;Shell-Einrichtung kopieren (psql, pgbench)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PostgresVerse</source>
        <translation>&amp;Über PostgresVerse</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 — PostgresVerse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster open</source>
        <translation>Kein Cluster geöffnet</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the profile &quot;%1&quot;? The cluster itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status copied as JSON (the same shape as pgversectl status --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell setup copied: paste it into a terminal, then run psql or pgbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PostgresVerse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PostgresVerse %1&lt;/b&gt;&lt;br&gt;A desktop console for PostgreSQL high-availability clusters: topology, replication, plans, policies and safe actions in one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>Replication &amp;lag</source>
        <translation>Replikations&amp;verzögerung</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alert on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1 firing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · nodes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::NodeDetailsModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Current WAL position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Schreib-Verzögerung</translation>
    </message>
    <message>
        <source>Flush lag</source>
        <translation>Flush-Verzögerung</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Replay-Verzögerung</translation>
    </message>
    <message>
        <source>Replay lag (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last replayed commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flushed up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>pgv::NodeDetailsPane</name>
    <message>
        <source>Select a node to see its details.</source>
        <translation>Wählen Sie einen Knoten, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Copy all details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::ProblemListModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What it means and what to do</source>
        <translation>Was es bedeutet und was zu tun ist</translation>
    </message>
</context>
<context>
    <name>pgv::ProblemsPane</name>
    <message>
        <source>&amp;Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::ProfileDialog</name>
    <message>
        <source>Cluster profile</source>
        <translation>Cluster-Profil</translation>
    </message>
    <message>
        <source>for example: production-eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string (libpq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any libpq connection string: host=… port=… user=… dbname=…, a postgresql:// URI, or service=name from pg_service.conf. Passwords come from the keychain or a .pgpass file, never from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the connection string says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: watch this cluster, never run actions on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the stored one or use .pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a settings file or a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to use .pgpass or a passfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::ProfileListModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab in %1, nodes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgv::TopologyModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Replay-Verzögerung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>pgv::TopologyView</name>
    <message>
        <source>NOT IN PROFILE</source>
        <translation>NICHT IM PROFIL</translation>
    </message>
    <message>
        <source>PRIMARY</source>
        <translation>PRIMÄR</translation>
    </message>
    <message>
        <source>STANDBY</source>
        <translation>STANDBY</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>VERBINDE</translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster is open.
Pick a profile on the left, or create a practice cluster with Lab → Create lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>streamt</translation>
    </message>
    <message>
        <source>not streaming</source>
        <translation>streamt nicht</translation>
    </message>
    <message>
        <source>PostgreSQL %1 · timeline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>does not answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
