<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRunner</name>
    <message>
        <source>The profile %1 is read-only: it never runs actions. Use a profile that is not read-only to change this cluster.</source>
        <translation>Das Profil %1 ist schreibgeschützt: Es führt nie Aktionen aus. Verwenden Sie ein nicht schreibgeschütztes Profil, um diesen Cluster zu ändern.</translation>
    </message>
    <message>
        <source>Profile allows actions</source>
        <translation>Profil erlaubt Aktionen</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not executed: nothing was changed.</source>
        <translation>Nicht ausgeführt: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The action ran but its verification failed; see the checks.</source>
        <translation>Die Aktion wurde ausgeführt, aber ihre Überprüfung ist fehlgeschlagen; siehe die Prüfungen.</translation>
    </message>
    <message>
        <source>No interrupted action left</source>
        <translation>Keine abgebrochene Aktion übrig</translation>
    </message>
    <message>
        <source>No other action running</source>
        <translation>Keine andere Aktion läuft</translation>
    </message>
    <message>
        <source>The cluster changed after the plan was shown, and the plan with it: nothing was run. Check again and read the new plan.</source>
        <translation>Der Cluster hat sich geändert, nachdem der Plan angezeigt wurde, und mit ihm der Plan: Es wurde nichts ausgeführt. Prüfen Sie erneut und lesen Sie den neuen Plan.</translation>
    </message>
    <message>
        <source>The alerts this action causes are not silenced: %1</source>
        <translation>Die Alarme, die diese Aktion auslöst, sind nicht stummgeschaltet: %1</translation>
    </message>
    <message>
        <source>Silenced while it runs: %1</source>
        <translation>Während der Ausführung stummgeschaltet: %1</translation>
    </message>
</context>
<context>
    <name>AlertDelivery</name>
    <message>
        <source>could not start /bin/sh: %1</source>
        <translation>/bin/sh konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out after %1 ms; killed</source>
        <translation>Zeitüberschreitung nach %1 ms; beendet</translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation>der Befehl ist abgestürzt</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>Cannot create the delivery log %1.</source>
        <translation>Das Zustellprotokoll %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The delivery log %1 is locked by another process.</source>
        <translation>Das Zustellprotokoll %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
</context>
<context>
    <name>AlertEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation> (jetzt %1)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>applies WAL %1 late</source>
        <translation>wendet WAL %1 verzögert an</translation>
    </message>
    <message>
        <source>wal_status %1</source>
        <translation>wal_status %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
</context>
<context>
    <name>AlertRoute</name>
    <message>
        <source>A route needs a name without slashes.</source>
        <translation>Eine Route braucht einen Namen ohne Schrägstriche.</translation>
    </message>
    <message>
        <source>The route %1 has no command to run.</source>
        <translation>Die Route %1 hat keinen auszuführenden Befehl.</translation>
    </message>
    <message>
        <source>The route %1 has no URL to post to.</source>
        <translation>Die Route %1 hat keine URL, an die sie senden kann.</translation>
    </message>
    <message>
        <source>The webhook URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Die Webhook-URL „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The webhook URL carries a password: routes are kept in a settings file, which must hold no secret. Let a command route read it from your keychain.</source>
        <translation>Die Webhook-URL enthält ein Passwort: Routen werden in einer Einstellungsdatei gespeichert, die kein Geheimnis enthalten darf. Lassen Sie eine Befehlsroute das Passwort aus Ihrem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>Retries must be between 0 and 10.</source>
        <translation>Die Anzahl der Wiederholungen muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <source>The timeout must be at least 100 ms.</source>
        <translation>Das Zeitlimit muss mindestens 100 ms betragen.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>Replay lag over %1</source>
        <translation>Replay-Verzögerung über %1</translation>
    </message>
    <message>
        <source>Standby not streaming</source>
        <translation>Standby streamt nicht</translation>
    </message>
    <message>
        <source>Node down</source>
        <translation>Knoten ausgefallen</translation>
    </message>
    <message>
        <source>Inactive slot retaining over %1</source>
        <translation>Inaktiver Slot hält mehr als %1 zurück</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Replay pausiert</translation>
    </message>
    <message>
        <source>Timeline divergence</source>
        <translation>Abweichende Timeline</translation>
    </message>
    <message>
        <source> for %1 s</source>
        <translation> seit %1 s</translation>
    </message>
    <message>
        <source>WAL archiving failing</source>
        <translation>WAL-Archivierung schlägt fehl</translation>
    </message>
    <message>
        <source>Replay lag (bytes)</source>
        <translation>Replay-Verzögerung (Bytes)</translation>
    </message>
    <message>
        <source>Replay lag (time)</source>
        <translation>Replay-Verzögerung (Zeit)</translation>
    </message>
    <message>
        <source>Inactive slot retaining WAL</source>
        <translation>Inaktiver Slot hält WAL zurück</translation>
    </message>
    <message>
        <source>Slot&apos;s WAL at risk</source>
        <translation>WAL des Slots gefährdet</translation>
    </message>
    <message>
        <source>No primary</source>
        <translation>Kein Primary</translation>
    </message>
    <message>
        <source>Connections exhausted</source>
        <translation>Verbindungen erschöpft</translation>
    </message>
    <message>
        <source>Standby delayed on purpose</source>
        <translation>Standby absichtlich verzögert</translation>
    </message>
    <message>
        <source>Slot&apos;s WAL at risk: under %1 left before it is lost</source>
        <translation>WAL des Slots gefährdet: weniger als %1 übrig, bevor es verloren geht</translation>
    </message>
    <message>
        <source>Logical replication lag (time)</source>
        <translation>Logische Replikationsverzögerung (Zeit)</translation>
    </message>
    <message>
        <source>Logical replication lag over %1</source>
        <translation>Logische Replikationsverzögerung über %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit log %1 is locked by another program</source>
        <translation>Das Audit-Protokoll %1 ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <source>could not write the audit log %1: %2</source>
        <translation>Das Audit-Protokoll %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>entry %1 does not chain to the one before it: an entry was edited, inserted or removed there</source>
        <translation>Eintrag %1 ist nicht mit dem vorherigen verkettet: Dort wurde ein Eintrag bearbeitet, eingefügt oder entfernt</translation>
    </message>
    <message>
        <source>the anchor %1 is missing: whether entries were removed from the end cannot be told</source>
        <translation>Der Anker %1 fehlt: Ob am Ende Einträge entfernt wurden, lässt sich nicht feststellen</translation>
    </message>
    <message>
        <source>the log has %1 entries but %2 were written: its last %3 were removed</source>
        <translation>Das Protokoll hat %1 Einträge, aber %2 wurden geschrieben: Die letzten %3 wurden entfernt</translation>
    </message>
    <message>
        <source>entry %1 is not the one the anchor recorded: the log was replaced or rewritten</source>
        <translation>Eintrag %1 ist nicht der, den der Anker festgehalten hat: Das Protokoll wurde ersetzt oder neu geschrieben</translation>
    </message>
</context>
<context>
    <name>ClusterEvent</name>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 wieder erreichbar</translation>
    </message>
    <message>
        <source>%1 on timeline %2</source>
        <translation>%1 auf Timeline %2</translation>
    </message>
    <message>
        <source>%1 replay paused</source>
        <translation>%1: Replay pausiert</translation>
    </message>
    <message>
        <source>%1 replay resumed</source>
        <translation>%1: Replay fortgesetzt</translation>
    </message>
    <message>
        <source>primary %1 → %2</source>
        <translation>Primary %1 → %2</translation>
    </message>
</context>
<context>
    <name>ClusterHeadline</name>
    <message>
        <source>Waiting for the first probe…</source>
        <translation>Warte auf die erste Prüfung …</translation>
    </message>
    <message>
        <source>Split brain: %1 all accept writes. Stop writing to all but one, then rejoin the others.</source>
        <translation>Split Brain: %1 nehmen alle Schreibzugriffe an. Stoppen Sie die Schreibzugriffe auf alle bis auf einen und binden Sie dann die anderen wieder ein.</translation>
    </message>
    <message>
        <source>No primary since %1</source>
        <translation>Kein Primary seit %1</translation>
    </message>
    <message>
        <source>No primary</source>
        <translation>Kein Primary</translation>
    </message>
    <message>
        <source>%1, and no standby answers: there is nothing to promote. Bring a node back first.</source>
        <translation>%1, und kein Standby antwortet: Es gibt nichts hochzustufen. Bringen Sie zuerst einen Knoten zurück.</translation>
    </message>
    <message>
        <source>%1 (%2 received, %3 behind the most advanced)</source>
        <translation>%1 (%2 empfangen, %3 hinter dem am weitesten fortgeschrittenen)</translation>
    </message>
    <message>
        <source>%1 (position unknown)</source>
        <translation>%1 (Position unbekannt)</translation>
    </message>
    <message>
        <source>, delayed on purpose</source>
        <translation>, absichtlich verzögert</translation>
    </message>
    <message>
        <source>%1 — candidates %2</source>
        <translation>%1 — Kandidaten %2</translation>
    </message>
    <message>
        <source>Every node is down (%1 of %1): the cluster serves nobody.</source>
        <translation>Alle Knoten sind ausgefallen (%1 von %1): Der Cluster bedient niemanden.</translation>
    </message>
    <message>
        <source>%1 of %2 standbys down</source>
        <translation>%1 von %2 Standbys ausgefallen</translation>
    </message>
    <message>
        <source>%1 of %2 nodes down</source>
        <translation>%1 von %2 Knoten ausgefallen</translation>
    </message>
    <message>
        <source>%1 fenced (to rejoin)</source>
        <translation>%1 abgeschottet (wieder einzubinden)</translation>
    </message>
    <message>
        <source>%1 not streaming</source>
        <translation>%1 ohne Streaming</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>%1 refusing connections</source>
        <translation>%1 nicht verbindungsbereit</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems below)</source>
        <translation>%1 (und %2 weitere Probleme unten)</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Kritisch: %1</translation>
    </message>
    <message>
        <source>Degraded: %1</source>
        <translation>Beeinträchtigt: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Healthy: %1 is the primary (timeline %2); standbys streaming: %3; replay lag at most %4</source>
        <translation>Gesund: %1 ist der Primary (Timeline %2); streamende Standbys: %3; Replay-Verzögerung höchstens %4</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandTranscript</name>
    <message numerus="yes">
        <source>  (the line above %n more time(s))</source>
        <translation>
            <numerusform>  (die Zeile darüber %n weiteres Mal)</numerusform>
            <numerusform>  (die Zeile darüber %n weitere Male)</numerusform>
        </translation>
    </message>
    <message>
        <source>$ %1   (exit %2, %3 s)</source>
        <translation>$ %1   (Exit-Code %2, %3 s)</translation>
    </message>
    <message>
        <source>… %1 earlier lines</source>
        <translation>… %1 frühere Zeilen</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program</source>
        <translation>%1 ist von einem anderen Programm gesperrt</translation>
    </message>
</context>
<context>
    <name>LabAction</name>
    <message>
        <source>%1 is the primary</source>
        <translation>%1 ist der Primary</translation>
    </message>
    <message>
        <source>writable, on timeline %1</source>
        <translation>beschreibbar, auf Timeline %1</translation>
    </message>
    <message>
        <source>it is %1 on timeline %2</source>
        <translation>er ist %1 auf Timeline %2</translation>
    </message>
    <message>
        <source>it is not in the lab</source>
        <translation>er gehört nicht zum Labor</translation>
    </message>
    <message>
        <source>One primary</source>
        <translation>Ein Primary</translation>
    </message>
    <message>
        <source>no other node accepts writes</source>
        <translation>kein anderer Knoten nimmt Schreibzugriffe an</translation>
    </message>
    <message>
        <source>%1 nodes accept writes</source>
        <translation>%1 Knoten nehmen Schreibzugriffe an</translation>
    </message>
    <message>
        <source>%1 streams from %2</source>
        <translation>%1 streamt von %2</translation>
    </message>
    <message>
        <source>timeline %1, replay lag %2 bytes</source>
        <translation>Timeline %1, Replay-Verzögerung %2 Bytes</translation>
    </message>
    <message>
        <source>%1, upstream %2, timeline %3</source>
        <translation>%1, Upstream %2, Timeline %3</translation>
    </message>
    <message>
        <source>not in the lab</source>
        <translation>nicht im Labor</translation>
    </message>
</context>
<context>
    <name>LabManifest</name>
    <message>
        <source>%1 is not a PostgresVerse lab (it has no lab.json). Create one with: pgversectl lab up --dir %1</source>
        <translation>%1 ist kein PostgresVerse-Labor (es fehlt lab.json). Legen Sie eines an mit: pgversectl lab up --dir %1</translation>
    </message>
    <message>
        <source>%1/lab.json is damaged or from an unknown version; this lab cannot be used.</source>
        <translation>%1/lab.json ist beschädigt oder stammt aus einer unbekannten Version; dieses Labor kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1/lab.json lists no nodes; this lab cannot be used.</source>
        <translation>%1/lab.json enthält keine Knoten; dieses Labor kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The lab folder &quot;%1&quot; contains the character &quot;%2&quot;, which server settings and password files cannot carry safely. Choose a folder without quotes, backslashes, %, : or control characters.</source>
        <translation>Der Laborordner „%1“ enthält das Zeichen „%2“, das Servereinstellungen und Passwortdateien nicht sicher aufnehmen können. Wählen Sie einen Ordner ohne Anführungszeichen, Backslashes, %, : oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The lab folder path is too long for a Unix socket (at most %1 characters); choose a shorter one.</source>
        <translation>Der Pfad des Laborordners ist zu lang für einen Unix-Socket (höchstens %1 Zeichen); wählen Sie einen kürzeren.</translation>
    </message>
</context>
<context>
    <name>LagDatabase</name>
    <message>
        <source>The lag history file %1 is locked by another program (%2). This session records into %3 instead.</source>
        <translation>Die Verzögerungsverlaufsdatei %1 ist von einem anderen Programm gesperrt (%2). Diese Sitzung zeichnet stattdessen in %3 auf.</translation>
    </message>
    <message>
        <source>The lag history file %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>Die Verzögerungsverlaufsdatei %1 konnte nicht gelesen werden (%2). Sie wurde als %3 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The new file could not be opened either (%1): lag history is kept in memory only.</source>
        <translation>Auch die neue Datei konnte nicht geöffnet werden (%1): Der Verzögerungsverlauf wird nur im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>NodeProber</name>
    <message>
        <source>PostgreSQL %1 is not supported: PostgresVerse monitors PostgreSQL 13 or newer.</source>
        <translation>PostgreSQL %1 wird nicht unterstützt: PostgresVerse überwacht PostgreSQL 13 oder neuer.</translation>
    </message>
</context>
<context>
    <name>PatroniClient</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>the JSON document holds no plan: expected [{&quot;Plan&quot;: {&quot;Node Type&quot;: …}}] as EXPLAIN (FORMAT JSON) prints it</source>
        <translation>Das JSON-Dokument enthält keinen Plan: erwartet wurde [{&quot;Plan&quot;: {&quot;Node Type&quot;: …}}], wie EXPLAIN (FORMAT JSON) es ausgibt</translation>
    </message>
    <message>
        <source>the JSON document is nested too deeply to be a plan that can be shown</source>
        <translation>Das JSON-Dokument ist zu tief verschachtelt, um als Plan angezeigt zu werden</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>Ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>the plan is nested more than %1 levels deep</source>
        <translation>Der Plan ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the node at %1 has no &quot;Node Type&quot;</source>
        <translation>Der Knoten bei %1 hat keinen &quot;Node Type&quot;</translation>
    </message>
    <message>
        <source>&quot;Plans&quot; of the node at %1 is not an array</source>
        <translation>&quot;Plans&quot; des Knotens bei %1 ist kein Array</translation>
    </message>
    <message>
        <source>entry %1 of &quot;Plans&quot; of the node at %2 is not an object</source>
        <translation>Eintrag %1 von &quot;Plans&quot; des Knotens bei %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation>Offset %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL gave no time for this node.</source>
        <translation>PostgreSQL hat für diesen Knoten keine Zeit angegeben.</translation>
    </message>
    <message>
        <source>No CTE Scan reads this CTE: it runs after the query, outside the time of the node it is attached to.</source>
        <translation>Kein CTE Scan liest diese CTE: Sie läuft nach der Abfrage, außerhalb der Zeit des Knotens, an dem sie hängt.</translation>
    </message>
    <message>
        <source>%1 ms of this CTE&apos;s time is not within the CTE Scans reading it.</source>
        <translation>%1 ms der Zeit dieser CTE liegen nicht innerhalb der CTE Scans, die sie lesen.</translation>
    </message>
    <message>
        <source>PostgreSQL timed what runs below this node %1 ms longer than the node itself; its own time is shown as 0 instead of a negative time.</source>
        <translation>PostgreSQL hat für das, was unterhalb dieses Knotens läuft, %1 ms mehr gemessen als für den Knoten selbst; seine eigene Zeit wird als 0 statt als negative Zeit angezeigt.</translation>
    </message>
    <message>
        <source>Parallel workers&apos; times are averages over the processes, and their start-up and shutdown fall outside the Gather&apos;s own timing.</source>
        <translation>Die Zeiten paralleler Worker sind Mittelwerte über die Prozesse, und ihr Start und Herunterfahren liegen außerhalb der Zeitmessung des Gather-Knotens selbst.</translation>
    </message>
    <message>
        <source>An InitPlan attached here is probably counted again in a node below that uses its result.</source>
        <translation>Ein hier angehängter InitPlan wird wahrscheinlich in einem Knoten darunter, der sein Ergebnis verwendet, noch einmal gezählt.</translation>
    </message>
    <message>
        <source>%1, %2 kB on disk</source>
        <translation>%1, %2 kB auf der Festplatte</translation>
    </message>
    <message>
        <source>%1 groups sorted on disk, peak %2 kB</source>
        <translation>%1 Gruppen auf der Festplatte sortiert, Spitze %2 kB</translation>
    </message>
    <message>
        <source>worker %1: %2, %3 kB on disk</source>
        <translation>Worker %1: %2, %3 kB auf der Festplatte</translation>
    </message>
    <message>
        <source>%1 batches (%2 planned)</source>
        <translation>%1 Batches (%2 geplant)</translation>
    </message>
    <message>
        <source>%1 batches, %2 kB on disk</source>
        <translation>%1 Batches, %2 kB auf der Festplatte</translation>
    </message>
    <message>
        <source>%1 kB stored on disk</source>
        <translation>%1 kB auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>the join filter discards %1% of the rows it reads (%2 removed, %3 kept)</source>
        <translation>Der Join-Filter verwirft %1% der gelesenen Zeilen (%2 entfernt, %3 behalten)</translation>
    </message>
    <message>
        <source>the filter discards %1% of the rows it reads (%2 removed, %3 kept)</source>
        <translation>Der Filter verwirft %1% der gelesenen Zeilen (%2 entfernt, %3 behalten)</translation>
    </message>
    <message>
        <source>rows underestimated %1× (planned %2, actual %3 per loop)</source>
        <translation>Zeilen %1× unterschätzt (geplant %2, tatsächlich %3 pro Schleife)</translation>
    </message>
    <message>
        <source>rows overestimated %1× (planned %2, actual %3 per loop)</source>
        <translation>Zeilen %1× überschätzt (geplant %2, tatsächlich %3 pro Schleife)</translation>
    </message>
    <message>
        <source>sort spilled to disk: %1</source>
        <translation>Sortierung auf die Festplatte ausgelagert: %1</translation>
    </message>
    <message>
        <source>spilled to disk: %1</source>
        <translation>auf die Festplatte ausgelagert: %1</translation>
    </message>
    <message>
        <source>the bitmap went lossy on %1 heap blocks, so their rows were rechecked (%2 removed); a larger work_mem keeps it exact</source>
        <translation>Die Bitmap wurde bei %1 Heap-Blöcken verlustbehaftet, daher wurden deren Zeilen erneut geprüft (%2 entfernt); ein größerer work_mem hält sie exakt</translation>
    </message>
    <message>
        <source>the inner side (%1) runs %2 times</source>
        <translation>Die innere Seite (%1) läuft %2-mal</translation>
    </message>
    <message>
        <source>%1 of %2 planned parallel workers were launched (max_parallel_workers or max_worker_processes reached)</source>
        <translation>%1 von %2 geplanten parallelen Workern wurden gestartet (max_parallel_workers oder max_worker_processes erreicht)</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>Die Eingabe ist leer</translation>
    </message>
    <message>
        <source>a second plan starts here, or this node is not indented below the node it belongs to</source>
        <translation>Hier beginnt ein zweiter Plan, oder dieser Knoten ist nicht unter dem Knoten eingerückt, zu dem er gehört</translation>
    </message>
    <message>
        <source>this subplan is not indented below any node</source>
        <translation>Dieser Subplan ist unter keinem Knoten eingerückt</translation>
    </message>
    <message>
        <source>this node is not indented below any node above it</source>
        <translation>Dieser Knoten ist unter keinem darüberliegenden Knoten eingerückt</translation>
    </message>
    <message>
        <source>a node without a name</source>
        <translation>Ein Knoten ohne Namen</translation>
    </message>
    <message>
        <source>this node lacks the statistics the plan&apos;s first node has; is the plan cut off?</source>
        <translation>Diesem Knoten fehlen die Statistiken, die der erste Knoten des Plans hat; ist der Plan abgeschnitten?</translation>
    </message>
    <message>
        <source>unexpected text after the node&apos;s statistics</source>
        <translation>Unerwarteter Text nach den Statistiken des Knotens</translation>
    </message>
    <message>
        <source>the node&apos;s statistics have no closing parenthesis</source>
        <translation>Den Statistiken des Knotens fehlt die schließende Klammer</translation>
    </message>
    <message>
        <source>unknown statistics (expected cost=…, actual … or never executed)</source>
        <translation>Unbekannte Statistiken (erwartet: cost=…, actual … oder never executed)</translation>
    </message>
    <message>
        <source>cannot read the node&apos;s statistics here</source>
        <translation>Die Statistiken des Knotens können hier nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the worker&apos;s statistics here</source>
        <translation>Die Statistiken des Workers können hier nicht gelesen werden</translation>
    </message>
    <message>
        <source>no plan found: expected EXPLAIN output, such as a line &quot;Seq Scan on t  (cost=0.00..1.01 rows=1 width=4)&quot; or a JSON document</source>
        <translation>Kein Plan gefunden: erwartet wurde EXPLAIN-Ausgabe, etwa eine Zeile &quot;Seq Scan on t  (cost=0.00..1.01 rows=1 width=4)&quot; oder ein JSON-Dokument</translation>
    </message>
</context>
<context>
    <name>PlannedSilence</name>
    <message>
        <source>planned: %1</source>
        <translation>geplant: %1</translation>
    </message>
</context>
<context>
    <name>PolicyDdl</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>Der %1 ist leer.</translation>
    </message>
    <message>
        <source>The %1 contains a NUL character, which PostgreSQL names cannot hold.</source>
        <translation>Der %1 enthält ein NUL-Zeichen, das PostgreSQL-Namen nicht enthalten können.</translation>
    </message>
    <message>
        <source>The %1 is %2 bytes long; PostgreSQL keeps only the first %3 bytes of a name, so it would not be the name you typed.</source>
        <translation>Der %1 ist %2 Bytes lang; PostgreSQL behält nur die ersten %3 Bytes eines Namens, daher wäre es nicht der eingegebene Name.</translation>
    </message>
    <message>
        <source>policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <source>No table is chosen.</source>
        <translation>Es ist keine Tabelle ausgewählt.</translation>
    </message>
    <message>
        <source>role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>An INSERT policy takes only WITH CHECK: new rows have no existing row to test with USING.</source>
        <translation>Eine INSERT-Richtlinie akzeptiert nur WITH CHECK: Neue Zeilen haben keine bestehende Zeile, die mit USING geprüft werden könnte.</translation>
    </message>
    <message>
        <source>A %1 policy takes only USING: it writes no new rows to check.</source>
        <translation>Eine %1-Richtlinie akzeptiert nur USING: Sie schreibt keine neuen Zeilen, die zu prüfen wären.</translation>
    </message>
    <message>
        <source>Give a USING or a WITH CHECK expression: a policy without either lets no row through.</source>
        <translation>Geben Sie einen USING- oder WITH-CHECK-Ausdruck an: Eine Richtlinie ohne beides lässt keine Zeile durch.</translation>
    </message>
    <message>
        <source>No policy to create.</source>
        <translation>Keine Richtlinie zum Anlegen.</translation>
    </message>
    <message>
        <source>A change needs exactly one new definition.</source>
        <translation>Eine Änderung braucht genau eine neue Definition.</translation>
    </message>
    <message>
        <source>A policy cannot move to another table.</source>
        <translation>Eine Richtlinie kann nicht in eine andere Tabelle verschoben werden.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>new policy name</source>
        <translation>neuer Richtlinienname</translation>
    </message>
</context>
<context>
    <name>PolicyExpression</name>
    <message>
        <source>unexpected text after the expression tree</source>
        <translation>unerwarteter Text nach dem Ausdrucksbaum</translation>
    </message>
    <message>
        <source>the expression tree is nested too deeply</source>
        <translation>der Ausdrucksbaum ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the expression tree ends unexpectedly</source>
        <translation>der Ausdrucksbaum endet unerwartet</translation>
    </message>
    <message>
        <source>expected a field name in node %1</source>
        <translation>Feldname in Knoten %1 erwartet</translation>
    </message>
    <message>
        <source>A /* comment */ is not closed.</source>
        <translation>Ein /* Kommentar */ ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A &quot;quoted name&quot; is not closed.</source>
        <translation>Ein &quot;Name in Anführungszeichen&quot; ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A quoted string is not closed.</source>
        <translation>Eine Zeichenkette in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A &apos;;&apos; would end the statement: an expression cannot hold one outside quotes.</source>
        <translation>Ein &apos;;&apos; würde die Anweisung beenden: Ein Ausdruck darf außerhalb von Anführungszeichen keines enthalten.</translation>
    </message>
    <message>
        <source>A &apos;)&apos; closes a parenthesis that was never opened.</source>
        <translation>Eine &apos;)&apos; schließt eine Klammer, die nie geöffnet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n parenthesis(es) not closed.</source>
        <translation>
            <numerusform>%n Klammer nicht geschlossen.</numerusform>
            <numerusform>%n Klammern nicht geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemGlossary</name>
    <message>
        <source>Node down</source>
        <translation>Knoten ausgefallen</translation>
    </message>
    <message>
        <source>The monitor gets no answer from the server: it is stopped, crashed, unreachable over the network, or hung (a timeout). A lab node that is fenced is down on purpose.</source>
        <translation>Der Monitor erhält keine Antwort vom Server: Er ist gestoppt, abgestürzt, über das Netzwerk nicht erreichbar oder hängt (Zeitüberschreitung). Ein abgeschotteter Laborknoten ist absichtlich gestoppt.</translation>
    </message>
    <message>
        <source>Look at the server&apos;s log and host. A stopped standby: start it (lab start). A former primary after a failover: rejoin it as a standby. The primary itself: bring it back, or fail over.</source>
        <translation>Prüfen Sie das Protokoll und den Host des Servers. Ein gestoppter Standby: Starten Sie ihn (lab start). Ein ehemaliger Primary nach einem Failover: Binden Sie ihn als Standby wieder ein. Der Primary selbst: Bringen Sie ihn zurück oder führen Sie einen Failover aus.</translation>
    </message>
    <message>
        <source>Split brain</source>
        <translation>Split Brain</translation>
    </message>
    <message>
        <source>More than one node accepts writes: clients may be writing to different primaries, and their changes diverge.</source>
        <translation>Mehr als ein Knoten nimmt Schreibzugriffe an: Clients schreiben möglicherweise auf verschiedene Primaries, und ihre Änderungen laufen auseinander.</translation>
    </message>
    <message>
        <source>Stop writes to all but one at once (stop the others), keep the one with the data you want, then rejoin the others: pg_rewind discards what they wrote alone.</source>
        <translation>Stoppen Sie sofort die Schreibzugriffe auf alle bis auf einen (stoppen Sie die anderen), behalten Sie den mit den gewünschten Daten und binden Sie dann die anderen wieder ein: pg_rewind verwirft, was nur auf sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>No primary</source>
        <translation>Kein Primary</translation>
    </message>
    <message>
        <source>No reachable node accepts writes, and none is merely refusing connections (which could be a full primary): the cluster takes no writes.</source>
        <translation>Kein erreichbarer Knoten nimmt Schreibzugriffe an, und keiner lehnt lediglich Verbindungen ab (das könnte ein voll belegter Primary sein): Der Cluster nimmt keine Schreibzugriffe an.</translation>
    </message>
    <message>
        <source>Bring the primary back if it can come back soon; otherwise fail over to the most advanced standby (the headline names the candidates and how far behind each is).</source>
        <translation>Bringen Sie den Primary zurück, wenn er bald wiederkommen kann; andernfalls führen Sie einen Failover auf den am weitesten fortgeschrittenen Standby aus (die Kopfzeile nennt die Kandidaten und wie weit jeder zurückliegt).</translation>
    </message>
    <message>
        <source>Another cluster&apos;s node</source>
        <translation>Knoten eines anderen Clusters</translation>
    </message>
    <message>
        <source>The node&apos;s system identifier differs from the primary&apos;s: it was initialised separately and cannot replicate from it.</source>
        <translation>Die Systemkennung des Knotens weicht von der des Primary ab: Er wurde separat initialisiert und kann nicht von ihm replizieren.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s address for that node. To make it a standby, rebuild it from a base backup of the primary.</source>
        <translation>Prüfen Sie die Adresse dieses Knotens im Profil. Um ihn zum Standby zu machen, bauen Sie ihn aus einem Basis-Backup des Primary neu auf.</translation>
    </message>
    <message>
        <source>Timeline divergence</source>
        <translation>Abweichende Timeline</translation>
    </message>
    <message>
        <source>A standby is on another timeline than its upstream: it missed a promotion, or wrote past the point where the timelines forked.</source>
        <translation>Ein Standby ist auf einer anderen Timeline als sein Upstream: Er hat ein Hochstufen verpasst oder über den Punkt hinaus geschrieben, an dem sich die Timelines verzweigt haben.</translation>
    </message>
    <message>
        <source>Rejoin it: it is rewound to the fork point and follows the new timeline.</source>
        <translation>Binden Sie ihn wieder ein: Er wird bis zum Verzweigungspunkt zurückgespult und folgt der neuen Timeline.</translation>
    </message>
    <message>
        <source>Not streaming</source>
        <translation>Kein Streaming</translation>
    </message>
    <message>
        <source>A standby is up but receives no WAL from its upstream: it falls further behind, and a failover to it would lose what it has not received.</source>
        <translation>Ein Standby läuft, empfängt aber kein WAL von seinem Upstream: Er fällt weiter zurück, und ein Failover auf ihn würde verlieren, was er nicht empfangen hat.</translation>
    </message>
    <message>
        <source>Read the standby&apos;s log (authentication, a missing slot or WAL segment, the upstream&apos;s address); check primary_conninfo.</source>
        <translation>Lesen Sie das Protokoll des Standbys (Authentifizierung, ein fehlender Slot oder ein fehlendes WAL-Segment, die Adresse des Upstreams); prüfen Sie primary_conninfo.</translation>
    </message>
    <message>
        <source>Inactive slot</source>
        <translation>Inaktiver Slot</translation>
    </message>
    <message>
        <source>A replication slot has no client: the server keeps all WAL since the slot&apos;s position, and the disk fills up.</source>
        <translation>Ein Replikationsslot hat keinen Client: Der Server behält alles WAL seit der Position des Slots, und die Festplatte läuft voll.</translation>
    </message>
    <message>
        <source>Bring its client back, or drop the slot if the client is gone for good (pg_drop_replication_slot).</source>
        <translation>Bringen Sie seinen Client zurück oder löschen Sie den Slot, wenn der Client endgültig weg ist (pg_drop_replication_slot).</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Replay pausiert</translation>
    </message>
    <message>
        <source>Someone paused WAL replay on a standby: it receives WAL but applies none, so its data grows old.</source>
        <translation>Jemand hat das WAL-Replay auf einem Standby pausiert: Er empfängt WAL, wendet aber nichts an, sodass seine Daten veralten.</translation>
    </message>
    <message>
        <source>Resume it when the reason is over: SELECT pg_wal_replay_resume();</source>
        <translation>Setzen Sie es fort, sobald der Grund entfallen ist: SELECT pg_wal_replay_resume();</translation>
    </message>
    <message>
        <source>HA manager disagrees</source>
        <translation>HA-Manager widerspricht</translation>
    </message>
    <message>
        <source>Patroni and the servers tell different stories about who leads or who streams.</source>
        <translation>Patroni und die Server machen unterschiedliche Angaben dazu, wer Leader ist oder wer streamt.</translation>
    </message>
    <message>
        <source>Trust the servers for the data, Patroni for what it will do next; look at patronictl list and Patroni&apos;s log before any action.</source>
        <translation>Vertrauen Sie bei den Daten den Servern, bei seinen nächsten Schritten Patroni; sehen Sie sich vor jeder Aktion patronictl list und das Protokoll von Patroni an.</translation>
    </message>
    <message>
        <source>HA paused</source>
        <translation>HA pausiert</translation>
    </message>
    <message>
        <source>Patroni is in maintenance mode: it will not fail over automatically.</source>
        <translation>Patroni ist im Wartungsmodus: Es führt keinen automatischen Failover aus.</translation>
    </message>
    <message>
        <source>Resume it when the maintenance is over (pgversectl patroni resume).</source>
        <translation>Setzen Sie es nach Ende der Wartung fort (pgversectl patroni resume).</translation>
    </message>
    <message>
        <source>HA manager unreachable</source>
        <translation>HA-Manager nicht erreichbar</translation>
    </message>
    <message>
        <source>Patroni&apos;s REST API does not answer: the console cannot see what Patroni decides, nor drive it.</source>
        <translation>Die REST-API von Patroni antwortet nicht: Die Konsole kann weder sehen, was Patroni entscheidet, noch es steuern.</translation>
    </message>
    <message>
        <source>Check that Patroni runs and that the profile&apos;s REST address and credentials are right.</source>
        <translation>Prüfen Sie, ob Patroni läuft und ob REST-Adresse und Zugangsdaten im Profil stimmen.</translation>
    </message>
    <message>
        <source>Connections exhausted</source>
        <translation>Verbindungen erschöpft</translation>
    </message>
    <message>
        <source>The server is alive but every connection slot is taken (too many clients): new clients are refused. A full primary is not a dead one.</source>
        <translation>Der Server läuft, aber alle Verbindungsplätze sind belegt (zu viele Clients): Neue Clients werden abgewiesen. Ein voll belegter Primary ist kein ausgefallener.</translation>
    </message>
    <message>
        <source>Do not fail over. Find who holds the connections (a pool, a leak), end idle sessions, put a pooler in front; superuser_reserved_connections keeps room for you.</source>
        <translation>Führen Sie keinen Failover aus. Finden Sie heraus, wer die Verbindungen hält (ein Pool, ein Leck), beenden Sie untätige Sitzungen, schalten Sie einen Pooler davor; superuser_reserved_connections hält Platz für Sie frei.</translation>
    </message>
    <message>
        <source>Refusing connections</source>
        <translation>Lehnt Verbindungen ab</translation>
    </message>
    <message>
        <source>The server answers but refuses the monitor: authentication, starting up, shutting down or in recovery without hot standby.</source>
        <translation>Der Server antwortet, lehnt aber den Monitor ab: Authentifizierung, Hochfahren, Herunterfahren oder Recovery ohne Hot Standby.</translation>
    </message>
    <message>
        <source>Read the message: fix the profile&apos;s credentials or pg_hba.conf, or wait for the startup to finish.</source>
        <translation>Lesen Sie die Meldung: Korrigieren Sie die Zugangsdaten im Profil oder pg_hba.conf, oder warten Sie, bis der Start abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Interrupted action</source>
        <translation>Abgebrochene Aktion</translation>
    </message>
    <message>
        <source>An action&apos;s process died, or the action failed half-way: the cluster may be between two states (a primary stopped, a standby not yet promoted).</source>
        <translation>Der Prozess einer Aktion ist abgestürzt, oder die Aktion ist auf halbem Weg fehlgeschlagen: Der Cluster steht möglicherweise zwischen zwei Zuständen (ein Primary gestoppt, ein Standby noch nicht hochgestuft).</translation>
    </message>
    <message>
        <source>Run Recover (pgversectl recover): it makes one primary and every other node follow it, from what the servers say now.</source>
        <translation>Führen Sie die Wiederherstellung aus (pgversectl recover): Sie macht einen Knoten zum Primary und lässt alle anderen ihm folgen, ausgehend davon, was die Server jetzt melden.</translation>
    </message>
    <message>
        <source>Archiving failing</source>
        <translation>Archivierung schlägt fehl</translation>
    </message>
    <message>
        <source>The primary&apos;s archive_command fails: WAL piles up on its disk, and backups cannot restore past the last archived segment.</source>
        <translation>Der archive_command des Primary schlägt fehl: WAL sammelt sich auf seiner Festplatte an, und Backups können nicht über das zuletzt archivierte Segment hinaus wiederherstellen.</translation>
    </message>
    <message>
        <source>Read the server log for the archive command&apos;s error (the repository, its permissions, space); pgbackrest check says more.</source>
        <translation>Suchen Sie im Serverprotokoll nach dem Fehler des Archivbefehls (das Repository, seine Berechtigungen, Speicherplatz); pgbackrest check verrät mehr.</translation>
    </message>
    <message>
        <source>Pooler unreachable</source>
        <translation>Pooler nicht erreichbar</translation>
    </message>
    <message>
        <source>The pooler&apos;s admin console does not answer: it may be down, or the profile&apos;s admin user is not one of its admin_users or stats_users.</source>
        <translation>Die Admin-Konsole des Poolers antwortet nicht: Er ist möglicherweise ausgefallen, oder der Admin-Benutzer des Profils gehört nicht zu seinen admin_users oder stats_users.</translation>
    </message>
    <message>
        <source>Check that PgBouncer runs (a lab: pgversectl lab start) and that its admin user and password match the profile.</source>
        <translation>Prüfen Sie, ob PgBouncer läuft (ein Labor: pgversectl lab start) und ob sein Admin-Benutzer und Passwort zum Profil passen.</translation>
    </message>
    <message>
        <source>Pooler routes to a standby</source>
        <translation>Pooler leitet an einen Standby weiter</translation>
    </message>
    <message>
        <source>The pooler sends its clients to a node that is a standby now, usually the old primary after a switchover or failover: their writes fail.</source>
        <translation>Der Pooler schickt seine Clients zu einem Knoten, der jetzt ein Standby ist, meist der alte Primary nach einem Switchover oder Failover: Ihre Schreibzugriffe schlagen fehl.</translation>
    </message>
    <message>
        <source>Point its [databases] at the primary and RELOAD it (a lab&apos;s switchover, failover and recover do this).</source>
        <translation>Richten Sie seinen Abschnitt [databases] auf den Primary aus und führen Sie RELOAD aus (Switchover, Failover und recover eines Labors tun das).</translation>
    </message>
    <message>
        <source>Pooler routes to a down node</source>
        <translation>Pooler leitet an einen ausgefallenen Knoten weiter</translation>
    </message>
    <message>
        <source>The pooler sends its clients to a node that is down: every new transaction fails.</source>
        <translation>Der Pooler schickt seine Clients zu einem ausgefallenen Knoten: Jede neue Transaktion schlägt fehl.</translation>
    </message>
    <message>
        <source>Point its [databases] at the primary and RELOAD it.</source>
        <translation>Richten Sie seinen Abschnitt [databases] auf den Primary aus und führen Sie RELOAD aus.</translation>
    </message>
    <message>
        <source>Pooler routes elsewhere</source>
        <translation>Pooler leitet anderswohin weiter</translation>
    </message>
    <message>
        <source>The pooler sends its clients to a server that is none of the cluster&apos;s nodes.</source>
        <translation>Der Pooler schickt seine Clients zu einem Server, der keiner der Knoten des Clusters ist.</translation>
    </message>
    <message>
        <source>Check its [databases]: a node missing from the profile, or a pooler configured for another cluster.</source>
        <translation>Prüfen Sie seinen Abschnitt [databases]: ein Knoten, der im Profil fehlt, oder ein Pooler, der für einen anderen Cluster konfiguriert ist.</translation>
    </message>
    <message>
        <source>Clients waiting in the pooler</source>
        <translation>Wartende Clients im Pooler</translation>
    </message>
    <message>
        <source>Clients wait longer than the limit for a server connection: the pool is too small for the load, or its transactions are slow.</source>
        <translation>Clients warten länger als das Limit auf eine Serververbindung: Der Pool ist zu klein für die Last, oder seine Transaktionen sind langsam.</translation>
    </message>
    <message>
        <source>Look at the node&apos;s sessions for slow or blocked transactions; raise the pool size if the server has connections to spare.</source>
        <translation>Suchen Sie in den Sitzungen des Knotens nach langsamen oder blockierten Transaktionen; erhöhen Sie die Poolgröße, wenn der Server noch freie Verbindungen hat.</translation>
    </message>
    <message>
        <source>Pool full</source>
        <translation>Pool voll</translation>
    </message>
    <message>
        <source>A pool has every server connection in use and clients waiting for one.</source>
        <translation>Ein Pool nutzt alle seine Serververbindungen, und Clients warten auf eine.</translation>
    </message>
    <message>
        <source>Raise its pool_size (or default_pool_size) if the server has connections to spare, or find what keeps the connections busy.</source>
        <translation>Erhöhen Sie seine pool_size (oder default_pool_size), wenn der Server noch freie Verbindungen hat, oder finden Sie heraus, was die Verbindungen belegt hält.</translation>
    </message>
    <message>
        <source>Pooler left paused</source>
        <translation>Pooler pausiert geblieben</translation>
    </message>
    <message>
        <source>The pooler is paused and no action that paused it is running: an action died while it held the clients. They wait, and are disconnected after query_wait_timeout.</source>
        <translation>Der Pooler ist pausiert, und keine Aktion, die ihn pausiert hat, läuft: Eine Aktion ist abgebrochen, während sie die Clients zurückhielt. Sie warten und werden nach query_wait_timeout getrennt.</translation>
    </message>
    <message>
        <source>Resume it: pgversectl pooler resume (recover also routes and resumes a lab&apos;s poolers).</source>
        <translation>Setzen Sie ihn fort: pgversectl pooler resume (recover leitet die Pooler eines Labors ebenfalls zum Primary und setzt sie fort).</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Add at least one node.</source>
        <translation>Fügen Sie mindestens einen Knoten hinzu.</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>The poll interval must be between 100 ms and one hour.</source>
        <translation>Das Abfrageintervall muss zwischen 100 ms und einer Stunde liegen.</translation>
    </message>
    <message>
        <source>Every node needs a name.</source>
        <translation>Jeder Knoten braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two nodes are named &quot;%1&quot;; node names must be unique.</source>
        <translation>Zwei Knoten heißen „%1“; Knotennamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;: the connection string is not valid: %2</source>
        <translation>Knoten „%1“: Die Verbindungszeichenfolge ist ungültig: %2</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;: remove password= from the connection string. Store the password in the keychain (Edit profile → Password) or in a .pgpass file, so it never lands in a settings file.</source>
        <translation>Knoten „%1“: Entfernen Sie password= aus der Verbindungszeichenfolge. Speichern Sie das Passwort im Schlüsselbund (Profil bearbeiten → Passwort) oder in einer .pgpass-Datei, damit es nie in einer Einstellungsdatei landet.</translation>
    </message>
    <message>
        <source>Every pooler needs a name.</source>
        <translation>Jeder Pooler braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a node or another pooler already; names must be unique.</source>
        <translation>„%1“ ist bereits der Name eines Knotens oder eines anderen Poolers; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Pooler &quot;%1&quot;: the connection string is not valid: %2</source>
        <translation>Pooler „%1“: Die Verbindungszeichenfolge ist ungültig: %2</translation>
    </message>
    <message>
        <source>Pooler &quot;%1&quot;: remove password= from the connection string and put the admin password in a .pgpass file, so it never lands in a settings file.</source>
        <translation>Pooler „%1“: Entfernen Sie password= aus der Verbindungszeichenfolge und legen Sie das Admin-Passwort in einer .pgpass-Datei ab, damit es nie in einer Einstellungsdatei landet.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No terminal emulator was found (tried %1). Set TERMINAL to yours, or copy the conninfo and run psql yourself.</source>
        <translation>Es wurde kein Terminalemulator gefunden (versucht: %1). Setzen Sie TERMINAL auf Ihren Terminalemulator oder kopieren Sie die Conninfo und starten Sie psql selbst.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>RlsCatalog</name>
    <message>
        <source>the server&apos;s answer is not an RLS catalogue: %1</source>
        <translation>die Antwort des Servers ist kein RLS-Katalog: %1</translation>
    </message>
</context>
<context>
    <name>RlsChange</name>
    <message>
        <source>Create policy %1 on %2</source>
        <translation>Richtlinie %1 für %2 anlegen</translation>
    </message>
    <message>
        <source>Change policy %1 on %2</source>
        <translation>Richtlinie %1 für %2 ändern</translation>
    </message>
    <message>
        <source>Rename policy %1 on %2 to %3</source>
        <translation>Richtlinie %1 für %2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Drop policy %1 on %2</source>
        <translation>Richtlinie %1 für %2 löschen</translation>
    </message>
    <message>
        <source>Enable row-level security on %1</source>
        <translation>Zeilensicherheit (RLS) für %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable row-level security on %1</source>
        <translation>Zeilensicherheit (RLS) für %1 deaktivieren</translation>
    </message>
    <message>
        <source>Force row-level security on %1</source>
        <translation>Zeilensicherheit (RLS) für %1 erzwingen</translation>
    </message>
    <message>
        <source>Stop forcing row-level security on %1</source>
        <translation>Zeilensicherheit (RLS) für %1 nicht mehr erzwingen</translation>
    </message>
    <message>
        <source>Create policy %1 on %2 and enable row-level security</source>
        <translation>Richtlinie %1 für %2 anlegen und Zeilensicherheit (RLS) aktivieren</translation>
    </message>
</context>
<context>
    <name>RlsDdl</name>
    <message>
        <source>(the table is locked by another session; nothing was changed, try again when it is free)</source>
        <translation>(die Tabelle ist von einer anderen Sitzung gesperrt; es wurde nichts geändert, versuchen Sie es erneut, wenn sie frei ist)</translation>
    </message>
    <message>
        <source>The profile %1 is read-only: it can show and test policies but never changes them. Use a profile that is not read-only to apply.</source>
        <translation>Das Profil %1 ist schreibgeschützt: Es kann Richtlinien anzeigen und testen, ändert sie aber nie. Verwenden Sie zum Anwenden ein nicht schreibgeschütztes Profil.</translation>
    </message>
</context>
<context>
    <name>RlsLintModel</name>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>RlsLinter</name>
    <message>
        <source>a cached plan can apply the policies of the role it was planned for to another role (after SET ROLE or in a SECURITY DEFINER function), allowing reads and changes the policies forbid.</source>
        <translation>ein zwischengespeicherter Plan kann die Richtlinien der Rolle, für die er geplant wurde, auf eine andere Rolle anwenden (nach SET ROLE oder in einer SECURITY-DEFINER-Funktion) und so Lese- und Schreibzugriffe erlauben, die die Richtlinien verbieten.</translation>
    </message>
    <message>
        <source>a leaky operator can read optimizer statistics (most common values, histograms) of rows that row-level security hides in partitioned and inheritance trees, and of views the user cannot read.</source>
        <translation>ein undichter Operator kann Optimierer-Statistiken (häufigste Werte, Histogramme) von Zeilen lesen, die die Zeilensicherheit in partitionierten und Vererbungshierarchien verbirgt, sowie von Views, die der Benutzer nicht lesen darf.</translation>
    </message>
    <message>
        <source>-- Say which rows each role may see, for example:</source>
        <translation>-- Legen Sie fest, welche Zeilen jede Rolle sehen darf, zum Beispiel:</translation>
    </message>
    <message>
        <source>Row-level security is on for %1 but it has no policy, so everyone except its owner and roles that bypass RLS sees no rows and can change none (default deny).</source>
        <translation>Die Zeilensicherheit ist für %1 aktiv, aber es gibt keine Richtlinie: Außer dem Eigentümer und Rollen, die RLS umgehen, sieht niemand Zeilen oder kann welche ändern (Standard: verweigern).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n policy(ies) but row-level security is off: the policies are ignored and every role with access to the table sees and changes every row.</source>
        <translation>
            <numerusform>%1 hat %n Richtlinie, aber die Zeilensicherheit ist aus: Die Richtlinie wird ignoriert, und jede Rolle mit Zugriff auf die Tabelle sieht und ändert jede Zeile.</numerusform>
            <numerusform>%1 hat %n Richtlinien, aber die Zeilensicherheit ist aus: Die Richtlinien werden ignoriert, und jede Rolle mit Zugriff auf die Tabelle sieht und ändert jede Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner of %1, %2, can log in and is not subject to the table&apos;s policies because FORCE ROW LEVEL SECURITY is off: an application connecting as %2 sees and changes every tenant&apos;s rows.</source>
        <translation>Der Eigentümer von %1, %2, kann sich anmelden und unterliegt nicht den Richtlinien der Tabelle, weil FORCE ROW LEVEL SECURITY aus ist: Eine Anwendung, die sich als %2 verbindet, sieht und ändert die Zeilen aller Mandanten.</translation>
    </message>
    <message>
        <source>The policies of %1 filter on %2, but no index starts with that column: every query reads the whole table and then drops the other tenants&apos; rows.</source>
        <translation>Die Richtlinien von %1 filtern nach %2, aber kein Index beginnt mit dieser Spalte: Jede Abfrage liest die ganze Tabelle und verwirft dann die Zeilen der anderen Mandanten.</translation>
    </message>
    <message>
        <source>Policy %1 on %2</source>
        <translation>Richtlinie %1 für %2</translation>
    </message>
    <message>
        <source>-- Narrow it with ALTER POLICY … USING (…), or remove it:</source>
        <translation>-- Schränken Sie sie mit ALTER POLICY … USING (…) ein oder entfernen Sie sie:</translation>
    </message>
    <message>
        <source>%1 is permissive with USING (true): it lets %2 %3 every row, whatever the other policies say (permissive policies are ORed). Fine for shared reference data, a leak for per-tenant rows.</source>
        <translation>%1 ist permissiv mit USING (true): Sie erlaubt %2 %3 jede Zeile, unabhängig von den anderen Richtlinien (permissive Richtlinien werden mit OR verknüpft). Für gemeinsame Referenzdaten in Ordnung, für Zeilen pro Mandant ein Datenleck.</translation>
    </message>
    <message>
        <source>%1 updates rows that match USING (%2) but accepts them afterwards when they match WITH CHECK (%3): an UPDATE can move a row out of what USING shows, for example to another tenant.</source>
        <translation>%1 aktualisiert Zeilen, die USING (%2) entsprechen, akzeptiert sie danach aber, wenn sie WITH CHECK (%3) entsprechen: Ein UPDATE kann eine Zeile aus dem von USING gezeigten Bereich hinausbewegen, zum Beispiel zu einem anderen Mandanten.</translation>
    </message>
    <message>
        <source>current_setting() without missing_ok = true raises an error in every session that has not set the setting, instead of showing no rows</source>
        <translation>current_setting() ohne missing_ok = true löst in jeder Sitzung, die die Einstellung nicht gesetzt hat, einen Fehler aus, statt keine Zeilen zu zeigen</translation>
    </message>
    <message>
        <source>its value is cast to %1 without NULLIF(…, &apos;&apos;): a setting that was set and then reset reads as &apos;&apos;, and the cast fails</source>
        <translation>sein Wert wird ohne NULLIF(…, &apos;&apos;) nach %1 umgewandelt: Eine Einstellung, die gesetzt und dann zurückgesetzt wurde, liest sich als &apos;&apos;, und die Umwandlung schlägt fehl</translation>
    </message>
    <message>
        <source>the cast to %1</source>
        <translation>die Umwandlung nach %1</translation>
    </message>
    <message>
        <source>-- Compare the column in its own type and cast the constant side instead, for example:
-- tenant_id = NULLIF(current_setting(&apos;app.tenant_id&apos;, true), &apos;&apos;)::uuid</source>
        <translation>-- Vergleichen Sie die Spalte in ihrem eigenen Typ und wandeln Sie stattdessen die Konstante um, zum Beispiel:
-- tenant_id = NULLIF(current_setting(&apos;app.tenant_id&apos;, true), &apos;&apos;)::uuid</translation>
    </message>
    <message>
        <source>the operator %1 (%2)</source>
        <translation>der Operator %1 (%2)</translation>
    </message>
    <message>
        <source>-- Only if %1 can never raise an error or notice that shows its arguments (a superuser must do this):</source>
        <translation>-- Nur wenn %1 niemals einen Fehler oder Hinweis auslösen kann, der seine Argumente zeigt (muss ein Superuser ausführen):</translation>
    </message>
    <message>
        <source>%1 passes column values to %2, which is not LEAKPROOF. The policy runs it on every row, including the rows it then hides: an error or notice it raises can show another tenant&apos;s values (a failed cast prints the value).</source>
        <translation>%1 übergibt Spaltenwerte an %2, das nicht LEAKPROOF ist. Die Richtlinie führt es für jede Zeile aus, auch für die Zeilen, die sie dann verbirgt: Ein dabei ausgelöster Fehler oder Hinweis kann Werte eines anderen Mandanten zeigen (eine fehlgeschlagene Umwandlung gibt den Wert aus).</translation>
    </message>
    <message>
        <source>%1 is a superuser that can log in: it sees every row whatever the policies say. Make sure no application connects as %1.</source>
        <translation>%1 ist ein Superuser, der sich anmelden kann: Er sieht jede Zeile, unabhängig von den Richtlinien. Stellen Sie sicher, dass sich keine Anwendung als %1 verbindet.</translation>
    </message>
    <message>
        <source>-- Applications should log in as a role without SUPERUSER; if %1 is one&apos;s:</source>
        <translation>-- Anwendungen sollten sich als Rolle ohne SUPERUSER anmelden; falls %1 eine solche ist:</translation>
    </message>
    <message>
        <source>%1 can log in and has BYPASSRLS: every policy is ignored for it, in every table.</source>
        <translation>%1 kann sich anmelden und hat BYPASSRLS: Jede Richtlinie wird dafür ignoriert, in jeder Tabelle.</translation>
    </message>
    <message>
        <source>The view %1 reads %2 with the rights of its owner %3, not of the user querying it: the policies are applied for %3.</source>
        <translation>Die View %1 liest %2 mit den Rechten ihres Eigentümers %3, nicht des abfragenden Benutzers: Die Richtlinien werden für %3 angewendet.</translation>
    </message>
    <message>
        <source>%1 bypasses them, so everyone who may read the view sees every row.</source>
        <translation>%1 umgeht sie, daher sieht jeder, der die View lesen darf, jede Zeile.</translation>
    </message>
    <message>
        <source>-- PostgreSQL %1 has no security_invoker (it came in 15): let a role that is subject to the policies own the view, or upgrade.</source>
        <translation>-- PostgreSQL %1 hat kein security_invoker (kam mit 15): Lassen Sie eine Rolle, die den Richtlinien unterliegt, Eigentümer der View sein, oder führen Sie ein Upgrade durch.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is affected by %2: %3</source>
        <translation>PostgreSQL %1 ist von %2 betroffen: %3</translation>
    </message>
    <message>
        <source>This major version gets no fix.</source>
        <translation>Diese Hauptversion erhält keine Korrektur.</translation>
    </message>
    <message>
        <source>-- Upgrade to a supported major version of PostgreSQL (pg_upgrade or dump and restore).</source>
        <translation>-- Führen Sie ein Upgrade auf eine unterstützte PostgreSQL-Hauptversion durch (pg_upgrade oder Dump und Wiederherstellung).</translation>
    </message>
    <message>
        <source>Fixed in %1.</source>
        <translation>Behoben in %1.</translation>
    </message>
    <message>
        <source>-- Install PostgreSQL %1 or a later %2.x minor release and restart the server (no dump and restore needed).</source>
        <translation>-- Installieren Sie PostgreSQL %1 oder ein späteres %2.x-Minor-Release und starten Sie den Server neu (kein Dump und keine Wiederherstellung nötig).</translation>
    </message>
</context>
<context>
    <name>RlsTarget</name>
    <message>
        <source>No node of %1 is a reachable primary; policies live on the primary.</source>
        <translation>Kein Knoten von %1 ist ein erreichbarer Primary; Richtlinien liegen auf dem Primary.</translation>
    </message>
    <message>
        <source>%1 has more than one primary (%2): resolve the split brain before changing policies.</source>
        <translation>%1 hat mehr als einen Primary (%2): Beheben Sie den Split-Brain, bevor Sie Richtlinien ändern.</translation>
    </message>
    <message>
        <source>The primary %1 is not in the profile %2.</source>
        <translation>Der Primary %1 ist nicht im Profil %2.</translation>
    </message>
</context>
<context>
    <name>RlsTester</name>
    <message>
        <source>Give at least one column and its value.</source>
        <translation>Geben Sie mindestens eine Spalte und ihren Wert an.</translation>
    </message>
    <message>
        <source>No row was updated: none matches, or the policies&apos; USING hides them from this role.</source>
        <translation>Keine Zeile wurde aktualisiert: Keine passt, oder USING der Richtlinien verbirgt sie vor dieser Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %n row(s) would be written (rolled back).</source>
        <translation>
            <numerusform>Akzeptiert: %n Zeile würde geschrieben (zurückgerollt).</numerusform>
            <numerusform>Akzeptiert: %n Zeilen würden geschrieben (zurückgerollt).</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 would change the role being tested: give the role with --role instead.</source>
        <translation>%1 würde die getestete Rolle ändern: Geben Sie die Rolle stattdessen mit --role an.</translation>
    </message>
    <message>
        <source>%1 is one of the test&apos;s own guards (read-only, rolled back, time-limited): it cannot be set.</source>
        <translation>%1 gehört zu den eigenen Schutzvorkehrungen des Tests (schreibgeschützt, zurückgerollt, zeitbegrenzt): Es kann nicht gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no password is stored for this profile</source>
        <translation>Für dieses Profil ist kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); the password is kept for this session only</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar (%1); das Passwort wird nur für diese Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>ServerBinaries</name>
    <message>
        <source>The PostgreSQL server in %1 is version %2; the lab needs 13 or newer.</source>
        <translation>Der PostgreSQL-Server in %1 hat Version %2; das Labor benötigt 13 oder neuer.</translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb, pg_ctl, pg_basebackup, postgres) were not found in /usr/lib/postgresql/*/bin, in `pg_config --bindir` or on PATH. Install them (apt-get install postgresql) or point to them with --bindir DIR.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl, pg_basebackup, postgres) wurden weder in /usr/lib/postgresql/*/bin noch in `pg_config --bindir` noch im PATH gefunden. Installieren Sie sie (apt-get install postgresql) oder geben Sie sie mit --bindir DIR an.</translation>
    </message>
    <message>
        <source>%1 does not contain the PostgreSQL server programs (%2).</source>
        <translation>%1 enthält die PostgreSQL-Serverprogramme nicht (%2).</translation>
    </message>
</context>
<context>
    <name>ServerUser</name>
    <message>
        <source>The servers must run as an unprivileged user, and user &quot;%1&quot; does not exist. Install PostgreSQL (apt-get install postgresql creates &quot;postgres&quot;), create a user (useradd --system %1), or name another one with --server-user.</source>
        <translation>Die Server müssen als nicht privilegierter Benutzer laufen, und der Benutzer „%1“ existiert nicht. Installieren Sie PostgreSQL (apt-get install postgresql legt „postgres“ an), legen Sie einen Benutzer an (useradd --system %1) oder nennen Sie mit --server-user einen anderen.</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root; choose an unprivileged --server-user.</source>
        <translation>PostgreSQL verweigert die Ausführung als root; wählen Sie einen nicht privilegierten --server-user.</translation>
    </message>
    <message>
        <source>Only root can run the servers as another user (&quot;%1&quot;); run without --server-user.</source>
        <translation>Nur root kann die Server als anderer Benutzer („%1“) ausführen; starten Sie ohne --server-user.</translation>
    </message>
    <message>
        <source>Could not hand %1 to user %2: %3</source>
        <translation>%1 konnte nicht an Benutzer %2 übergeben werden: %3</translation>
    </message>
</context>
<context>
    <name>Silence</name>
    <message>
        <source>every alert</source>
        <translation>alle Alarme</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>on %1 of %2</source>
        <translation>auf %1 von %2</translation>
    </message>
    <message>
        <source>%1 %2 until %3 (%4: %5)</source>
        <translation>%1 %2 bis %3 (%4: %5)</translation>
    </message>
    <message>
        <source>Cannot read the silences in %1: %2</source>
        <translation>Die Stummschaltungen in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The silences file %1 is not valid JSON (%2); move it away to start afresh.</source>
        <translation>Die Stummschaltungsdatei %1 ist kein gültiges JSON (%2); verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The silences file %1 is locked by another process: %2</source>
        <translation>Die Stummschaltungsdatei %1 ist von einem anderen Prozess gesperrt: %2</translation>
    </message>
    <message>
        <source>Cannot write the silences to %1: %2</source>
        <translation>Die Stummschaltungen können nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A silence needs a cluster and an end after its start.</source>
        <translation>Eine Stummschaltung braucht einen Cluster und ein Ende nach ihrem Beginn.</translation>
    </message>
    <message>
        <source>No silence %1 is in effect (pgversectl silence list shows them).</source>
        <translation>Es ist keine Stummschaltung %1 aktiv (pgversectl silence list zeigt sie an).</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>Split brain: %1 are all writable primaries. Stop or demote all but one before clients write to more than one.</source>
        <translation>Split Brain: %1 sind alle beschreibbare Primaries. Stoppen oder degradieren Sie alle bis auf einen, bevor Clients auf mehr als einen schreiben.</translation>
    </message>
    <message>
        <source>No primary is reachable: the cluster accepts no writes. Bring the primary back or fail over to a standby.</source>
        <translation>Kein Primary ist erreichbar: Der Cluster nimmt keine Schreibzugriffe an. Bringen Sie den Primary zurück oder führen Sie einen Failover auf einen Standby aus.</translation>
    </message>
    <message>
        <source>%1 (%2) does not answer: the server may be hung, stopped or overloaded. The other nodes are still monitored.</source>
        <translation>%1 (%2) antwortet nicht: Der Server hängt möglicherweise, ist gestoppt oder überlastet. Die anderen Knoten werden weiterhin überwacht.</translation>
    </message>
    <message>
        <source>%1 (%2) is unreachable: %3</source>
        <translation>%1 (%2) ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>%1 belongs to another database cluster (system identifier %2, the primary %3 has %4): it cannot replicate from this primary.</source>
        <translation>%1 gehört zu einem anderen Datenbankcluster (Systemkennung %2, der Primary %3 hat %4): Er kann nicht von diesem Primary replizieren.</translation>
    </message>
    <message>
        <source>%1 is on timeline %2 but %3 is on timeline %4: it must follow the new timeline, or be rewound (pg_rewind) or rebuilt.</source>
        <translation>%1 ist auf Timeline %2, aber %3 ist auf Timeline %4: Er muss der neuen Timeline folgen oder zurückgespult (pg_rewind) bzw. neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>%1 is not streaming from %2 (state: %3). It falls behind until replication resumes: check its log and primary_conninfo.</source>
        <translation>%1 streamt nicht von %2 (Zustand: %3). Er fällt zurück, bis die Replikation wieder läuft: Prüfen Sie sein Protokoll und primary_conninfo.</translation>
    </message>
    <message>
        <source>any upstream</source>
        <translation>beliebiger Upstream</translation>
    </message>
    <message>
        <source>Replay is paused on %1: it receives WAL but applies none, so its data gets older. Resume with SELECT pg_wal_replay_resume();</source>
        <translation>Replay ist auf %1 pausiert: Er empfängt WAL, wendet aber nichts an, sodass seine Daten veralten. Fortsetzen mit SELECT pg_wal_replay_resume();</translation>
    </message>
    <message>
        <source>Slot %1 on %2 is inactive: it holds back WAL (%3 so far), more with every write, until its client returns. If that client is gone for good: SELECT pg_drop_replication_slot(%4);</source>
        <translation>Slot %1 auf %2 ist inaktiv: Er hält WAL zurück (bisher %3), mit jedem Schreibzugriff mehr, bis sein Client zurückkehrt. Wenn dieser Client endgültig weg ist: SELECT pg_drop_replication_slot(%4);</translation>
    </message>
    <message>
        <source>Patroni&apos;s REST API does not answer (%1): its view of the cluster is missing, and its automatic failover may not be working either.</source>
        <translation>Die REST-API von Patroni antwortet nicht (%1): Ihre Sicht auf den Cluster fehlt, und möglicherweise funktioniert auch ihr automatischer Failover nicht.</translation>
    </message>
    <message>
        <source>Patroni is in maintenance mode (paused): it will not fail over if the primary dies. Resume with pgversectl patroni resume.</source>
        <translation>Patroni ist im Wartungsmodus (pausiert): Es führt keinen Failover aus, wenn der Primary ausfällt. Fortsetzen mit pgversectl patroni resume.</translation>
    </message>
    <message>
        <source>Patroni says %1 leads, but the server is in recovery: a switchover or failover may be under way, or the leader key is stale.</source>
        <translation>Patroni meldet %1 als Leader, aber der Server ist in Recovery: Möglicherweise läuft gerade ein Switchover oder Failover, oder der Leader-Schlüssel ist veraltet.</translation>
    </message>
    <message>
        <source>%1 accepts writes but Patroni does not count it as the leader%2: clients may be writing to a server Patroni will not protect.</source>
        <translation>%1 nimmt Schreibzugriffe an, aber Patroni zählt ihn nicht als Leader%2: Clients schreiben möglicherweise auf einen Server, den Patroni nicht schützt.</translation>
    </message>
    <message>
        <source> (it names %1)</source>
        <translation> (es nennt %1)</translation>
    </message>
    <message>
        <source>Patroni reports %1 as streaming, but its WAL receiver says %2.</source>
        <translation>Patroni meldet %1 als streamend, aber sein WAL-Receiver meldet %2.</translation>
    </message>
    <message>
        <source>never since the statistics were reset</source>
        <translation>nie seit dem Zurücksetzen der Statistiken</translation>
    </message>
    <message>
        <source>WAL archiving fails on %1 (%2 at %3; last success: %4). Backups cannot restore past the last archived segment, and WAL piles up in pg_wal until the disk is full. The server log shows archive_command&apos;s error.</source>
        <translation>WAL-Archivierung schlägt auf %1 fehl (%2 um %3; letzter Erfolg: %4). Backups können nicht über das zuletzt archivierte Segment hinaus wiederherstellen, und WAL sammelt sich in pg_wal an, bis die Festplatte voll ist. Das Serverprotokoll zeigt den Fehler von archive_command.</translation>
    </message>
    <message>
        <source>%1 is alive but every connection slot is taken. Do not fail over: its sessions go on working, only new clients are refused. End idle sessions (pg_terminate_backend), raise max_connections or put a pooler in front. The server said: %2</source>
        <translation>%1 läuft, aber alle Verbindungsplätze sind belegt. Führen Sie keinen Failover aus: Seine Sitzungen arbeiten weiter, nur neue Clients werden abgewiesen. Beenden Sie untätige Sitzungen (pg_terminate_backend), erhöhen Sie max_connections oder schalten Sie einen Pooler davor. Der Server meldete: %2</translation>
    </message>
    <message>
        <source>%1 is alive but refuses the monitor&apos;s connection: %2</source>
        <translation>%1 läuft, lehnt aber die Verbindung des Monitors ab: %2</translation>
    </message>
    <message>
        <source>%1 (%2) is fenced: stopped on purpose (the old primary after a failover) and kept from starting as a second primary. Rejoin it as a standby: pgversectl rejoin %1</source>
        <translation>%1 (%2) ist abgeschottet: absichtlich gestoppt (der alte Primary nach einem Failover) und daran gehindert, als zweiter Primary zu starten. Binden Sie ihn als Standby wieder ein: pgversectl rejoin %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>Das gespeicherte Profil &lt;name&gt; verwenden.</translation>
    </message>
    <message>
        <source>Use the lab in folder &lt;dir&gt;.</source>
        <translation>Das Labor im Ordner &lt;dir&gt; verwenden.</translation>
    </message>
    <message>
        <source>A node to watch, as a libpq connection string, optionally named: node1@&apos;host=… port=…&apos;. Repeat for each node.</source>
        <translation>Ein zu überwachender Knoten als libpq-Verbindungszeichenfolge, optional benannt: node1@&apos;host=… port=…&apos;. Für jeden Knoten wiederholen.</translation>
    </message>
    <message>
        <source>Give only one of --profile, --lab and --node.</source>
        <translation>Geben Sie nur eine der Optionen --profile, --lab und --node an.</translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;. List them with: pgversectl profile list</source>
        <translation>Kein Profil heißt „%1“. Auflisten mit: pgversectl profile list</translation>
    </message>
    <message>
        <source>warning: profile %1: %2</source>
        <translation>Warnung: Profil %1: %2</translation>
    </message>
    <message>
        <source>Which cluster? Give --profile NAME, --lab DIR or --node CONNINFO (or create a lab first: pgversectl lab up).</source>
        <translation>Welcher Cluster? Geben Sie --profile NAME, --lab DIR oder --node CONNINFO an (oder legen Sie zuerst ein Labor an: pgversectl lab up).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.
</source>
        <translation>Unbekannter Befehl „%1“.
</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>
Problems:
</source>
        <translation>
Probleme:
</translation>
    </message>
    <message>
        <source>Show the replication topology and its problems.</source>
        <translation>Zeigt die Replikationstopologie und ihre Probleme.</translation>
    </message>
    <message>
        <source>Print JSON (one document per update with --watch).</source>
        <translation>JSON ausgeben (mit --watch ein Dokument pro Aktualisierung).</translation>
    </message>
    <message>
        <source>Keep printing until interrupted (Ctrl+C).</source>
        <translation>Fortlaufend ausgeben, bis zur Unterbrechung (Strg+C).</translation>
    </message>
    <message>
        <source>Poll interval in milliseconds (default: the profile&apos;s).</source>
        <translation>Abfrageintervall in Millisekunden (Standard: das des Profils).</translation>
    </message>
    <message>
        <source>--standbys takes a number from 0 to 9.</source>
        <translation>--standbys erwartet eine Zahl von 0 bis 9.</translation>
    </message>
    <message>
        <source>--port takes a port number (1024-65535).</source>
        <translation>--port erwartet eine Portnummer (1024–65535).</translation>
    </message>
    <message>
        <source>Lab &quot;%1&quot; is running in %2:
</source>
        <translation>Labor „%1“ läuft in %2:
</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Use it with psql and pgbench:  eval &quot;$(pgversectl lab env --dir %1)&quot;; psql
Watch it:                     pgverse --profile %2   or   pgversectl status --lab %1
</source>
        <translation>Mit psql und pgbench verwenden:  eval &quot;$(pgversectl lab env --dir %1)&quot;; psql
Überwachen:                      pgverse --profile %2   oder   pgversectl status --lab %1
</translation>
    </message>
    <message>
        <source>Lab %1 in %2 (servers run as %3, binaries in %4)
</source>
        <translation>Labor %1 in %2 (Server laufen als %3, Programme in %4)
</translation>
    </message>
    <message>
        <source>server running, pid %1</source>
        <translation>Server läuft, PID %1</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <source>The lab folder (default: $PGVERSE_LAB, else %1).</source>
        <translation>Der Laborordner (Standard: $PGVERSE_LAB, sonst %1).</translation>
    </message>
    <message>
        <source>up: number of standbys (default 2).</source>
        <translation>up: Anzahl der Standbys (Standard 2).</translation>
    </message>
    <message>
        <source>up: first port; node N listens on port+N-1 (default: the first free run from 55432).</source>
        <translation>up: erster Port; Knoten N lauscht auf Port+N-1 (Standard: die erste freie Folge ab 55432).</translation>
    </message>
    <message>
        <source>up: the lab&apos;s name, also its profile&apos;s name.</source>
        <translation>up: der Name des Labors, zugleich der Name seines Profils.</translation>
    </message>
    <message>
        <source>up: folder of the PostgreSQL server programs.</source>
        <translation>up: Ordner der PostgreSQL-Serverprogramme.</translation>
    </message>
    <message>
        <source>up: OS user the servers run as when started by root (default postgres).</source>
        <translation>up: Betriebssystembenutzer, als der die Server laufen, wenn root sie startet (Standard postgres).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lab in %1 destroyed.
</source>
        <translation>Labor in %1 gelöscht.
</translation>
    </message>
    <message>
        <source>Lab %1 started.
</source>
        <translation>Labor %1 gestartet.
</translation>
    </message>
    <message>
        <source>Lab %1 stopped.
</source>
        <translation>Labor %1 gestoppt.
</translation>
    </message>
    <message>
        <source>Unknown lab command &quot;%1&quot;; see pgversectl lab --help.</source>
        <translation>Unbekannter Laborbefehl „%1“; siehe pgversectl lab --help.</translation>
    </message>
    <message>
        <source>Password for profile %1 (read from standard input): </source>
        <translation>Passwort für Profil %1 (wird von der Standardeingabe gelesen): </translation>
    </message>
    <message>
        <source>stored in the system keychain.</source>
        <translation>im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>list, show, add, remove or set-password</source>
        <translation>list, show, add, remove oder set-password</translation>
    </message>
    <message>
        <source>add: a node as NAME@CONNINFO; repeat for each node.</source>
        <translation>add: ein Knoten als NAME@CONNINFO; für jeden Knoten wiederholen.</translation>
    </message>
    <message>
        <source>add: sslmode for every node.</source>
        <translation>add: sslmode für jeden Knoten.</translation>
    </message>
    <message>
        <source>add: never allow actions on this cluster.</source>
        <translation>add: nie Aktionen auf diesem Cluster erlauben.</translation>
    </message>
    <message>
        <source>add: poll interval in milliseconds (default 1000).</source>
        <translation>add: Abfrageintervall in Millisekunden (Standard 1000).</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <source>%1 needs a profile name.</source>
        <translation>%1 benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>Kein Profil heißt „%1“.</translation>
    </message>
    <message>
        <source>Profile %1 removed.
</source>
        <translation>Profil %1 entfernt.
</translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;; see pgversectl profile --help.</source>
        <translation>Unbekannter Profilbefehl „%1“; siehe pgversectl profile --help.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Show the replication lag of every standby and slot.</source>
        <translation>Die Replikationsverzögerung jedes Standbys und Slots anzeigen.</translation>
    </message>
    <message>
        <source>No alert is firing on %1.
</source>
        <translation>Auf %1 ist kein Alarm aktiv.
</translation>
    </message>
    <message>
        <source>Cluster %1: nodes: %2, %3
</source>
        <translation>Cluster %1: Knoten: %2, %3
</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Type the cluster&apos;s name (%1) to go ahead: </source>
        <translation>Geben Sie zum Fortfahren den Namen des Clusters (%1) ein: </translation>
    </message>
    <message numerus="yes">
        <source>Plan: %n node(s), %1 format, root %2
</source>
        <translation>
            <numerusform>Plan: %n Knoten, Format %1, Wurzel %2
</numerusform>
            <numerusform>Plan: %n Knoten, Format %1, Wurzel %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning time:  %1
Execution time: %2
</source>
        <translation>Planungszeit:    %1
Ausführungszeit: %2
</translation>
    </message>
    <message>
        <source>No actual times: the plan was not run with EXPLAIN ANALYZE, or with TIMING OFF.
</source>
        <translation>Keine tatsächlichen Zeiten: Der Plan wurde nicht mit EXPLAIN ANALYZE oder mit TIMING OFF ausgeführt.
</translation>
    </message>
    <message>
        <source>
Hotspots (time spent in the node itself):
</source>
        <translation>
Hotspots (im Knoten selbst verbrachte Zeit):
</translation>
    </message>
    <message>
        <source>OWN</source>
        <translation>EIGEN</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>ANTEIL</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>LOOPS</source>
        <translation>LOOPS</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>
Warnings:
</source>
        <translation>
Warnungen:
</translation>
    </message>
    <message>
        <source>
Notes:
</source>
        <translation>
Hinweise:
</translation>
    </message>
    <message>
        <source>Summarize an EXPLAIN plan (JSON or text, as psql prints it): timings, hotspots and warnings.</source>
        <translation>Einen EXPLAIN-Plan zusammenfassen (JSON oder Text, wie psql ihn ausgibt): Zeiten, Hotspots und Warnungen.</translation>
    </message>
    <message>
        <source>Print the plan&apos;s nodes and derived metrics as JSON.</source>
        <translation>Die Knoten des Plans und abgeleitete Kennzahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The plan file; - or nothing reads standard input.</source>
        <translation>Die Plandatei; - oder nichts liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>explain reads one plan at a time.</source>
        <translation>explain liest jeweils nur einen Plan.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: not a readable plan: %2</source>
        <translation>%1: kein lesbarer Plan: %2</translation>
    </message>
    <message>
        <source>up: a Patroni lab (one etcd, members managed by Patroni, REST authentication on).</source>
        <translation>up: ein Patroni-Labor (ein etcd, von Patroni verwaltete Mitglieder, REST-Authentifizierung aktiv).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>Usage: pgversectl rls SUBCOMMAND [options]

Subcommands:
  show   tables with row-level security, their policies, roles that bypass it (--table T, --json)
  lint   known row-level security mistakes with a fix each; exit code 1 when a warning or error is found
  test   what a role sees with given session settings: --role R [--set name=value …] --table T

Every subcommand works on the cluster&apos;s primary; --db NAME picks the database (default: the profile&apos;s).
</source>
        <translation>Aufruf: pgversectl rls UNTERBEFEHL [Optionen]

Unterbefehle:
  show   Tabellen mit Zeilensicherheit, ihre Richtlinien, Rollen, die sie umgehen (--table T, --json)
  lint   bekannte Fehler bei der Zeilensicherheit mit je einer Korrektur; Exit-Code 1 bei einer Warnung oder einem Fehler
  test   was eine Rolle mit gegebenen Sitzungseinstellungen sieht: --role R [--set name=wert …] --table T

Jeder Unterbefehl arbeitet auf dem Primary des Clusters; --db NAME wählt die Datenbank (Standard: die des Profils).
</translation>
    </message>
    <message>
        <source>The database whose policies to read (default: the profile&apos;s).</source>
        <translation>Die Datenbank, deren Richtlinien gelesen werden (Standard: die des Profils).</translation>
    </message>
    <message>
        <source>Only this table (name or schema.name).</source>
        <translation>Nur diese Tabelle (Name oder schema.name).</translation>
    </message>
    <message>
        <source>The role to test as (SET LOCAL ROLE); the connecting user when not given.</source>
        <translation>Die Rolle, als die getestet wird (SET LOCAL ROLE); ohne Angabe der verbindende Benutzer.</translation>
    </message>
    <message>
        <source>A session setting for the test, such as app.tenant_id=42. Repeat for more.</source>
        <translation>Eine Sitzungseinstellung für den Test, etwa app.tenant_id=42. Für weitere wiederholen.</translation>
    </message>
    <message>
        <source>A table to count and sample. Repeat for more.</source>
        <translation>Eine Tabelle, die gezählt und als Stichprobe gelesen wird. Für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Sample rows per table (default 10).</source>
        <translation>Stichprobenzeilen pro Tabelle (Standard 10).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (database %2): %3</source>
        <translation>Keine Verbindung zu %1 (Datenbank %2): %3</translation>
    </message>
    <message>
        <source>Cannot read the row-level security catalogue of %1: %2</source>
        <translation>Der Zeilensicherheitskatalog von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No table &quot;%1&quot; in database %2 (give schema.name when several schemas have it).</source>
        <translation>Keine Tabelle „%1“ in Datenbank %2 (geben Sie schema.name an, wenn mehrere Schemas sie enthalten).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>RLS</source>
        <translation>RLS</translation>
    </message>
    <message>
        <source>FORCED</source>
        <translation>ERZWUNGEN</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>POLICIES</source>
        <translation>RICHTLINIEN</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RICHTLINIE</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>USING</source>
        <translation>USING</translation>
    </message>
    <message>
        <source>WITH CHECK</source>
        <translation>WITH CHECK</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>permissiv</translation>
    </message>
    <message>
        <source>restrictive</source>
        <translation>restriktiv</translation>
    </message>
    <message>
        <source>Database %1 on %2 (%3), PostgreSQL %4

</source>
        <translation>Datenbank %1 auf %2 (%3), PostgreSQL %4

</translation>
    </message>
    <message>
        <source>%1 (no login)</source>
        <translation>%1 (keine Anmeldung)</translation>
    </message>
    <message>
        <source>Roles that bypass row-level security: %1</source>
        <translation>Rollen, die die Zeilensicherheit umgehen: %1</translation>
    </message>
    <message>
        <source>No row-level security problems found in database %1.</source>
        <translation>Keine Probleme mit der Zeilensicherheit in Datenbank %1 gefunden.</translation>
    </message>
    <message>
        <source> policy %1</source>
        <translation> Richtlinie %1</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>--rows takes a number of rows.</source>
        <translation>--rows erwartet eine Anzahl von Zeilen.</translation>
    </message>
    <message>
        <source>--set takes name=value, not &quot;%1&quot;.</source>
        <translation>--set erwartet name=wert, nicht „%1“.</translation>
    </message>
    <message>
        <source>Which table? Give --table T.</source>
        <translation>Welche Tabelle? Geben Sie --table T an.</translation>
    </message>
    <message>
        <source>The test as %1 could not run: %2</source>
        <translation>Der Test als %1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>As %1 with %2 (read-only, rolled back):</source>
        <translation>Als %1 mit %2 (schreibgeschützt, zurückgerollt):</translation>
    </message>
    <message>
        <source>no settings</source>
        <translation>keine Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: rows visible: %2</source>
        <translation>%1: sichtbare Zeilen: %2</translation>
    </message>
    <message>
        <source>Unknown rls subcommand &quot;%1&quot;.
</source>
        <translation>Unbekannter rls-Unterbefehl „%1“.
</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; what was changed so far is put back.</source>
        <translation>Unterbrochen: Abbruch läuft; was bisher geändert wurde, wird zurückgesetzt.</translation>
    </message>
    <message>
        <source>Interrupted after the point of no return: finishing the remaining steps so that the cluster is left with one primary. Use SIGKILL only if it hangs; then run pgversectl recover.</source>
        <translation>Unterbrochen nach dem Punkt ohne Wiederkehr: Die restlichen Schritte werden zu Ende geführt, damit der Cluster mit genau einem Primary zurückbleibt. Verwenden Sie SIGKILL nur, wenn es hängt; führen Sie dann pgversectl recover aus.</translation>
    </message>
    <message>
        <source>verify: check that no audit entry was edited, inserted or removed (the hash chain, and the anchor kept in the config folder for the log&apos;s end).</source>
        <translation>verify: prüfen, dass kein Audit-Eintrag bearbeitet, eingefügt oder entfernt wurde (die Hash-Kette und der im Konfigurationsordner abgelegte Anker für das Ende des Protokolls).</translation>
    </message>
    <message>
        <source>The only subcommand.</source>
        <translation>Der einzige Unterbefehl.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>audit needs a subcommand: verify.</source>
        <translation>audit benötigt einen Unterbefehl: verify.</translation>
    </message>
    <message>
        <source>The audit log %1 is intact: %2 entries, chained and anchored.
</source>
        <translation>Das Audit-Protokoll %1 ist unversehrt: %2 Einträge, verkettet und verankert.
</translation>
    </message>
    <message>
        <source>The audit log %1 has been tampered with or damaged: %2.
</source>
        <translation>Das Audit-Protokoll %1 wurde manipuliert oder beschädigt: %2.
</translation>
    </message>
    <message>
        <source>Largest input to read, in MiB (default 256).</source>
        <translation>Größte zu lesende Eingabe in MiB (Standard 256).</translation>
    </message>
    <message>
        <source>--max-size takes a number of MiB between 1 and 65536.</source>
        <translation>--max-size erwartet eine Anzahl MiB zwischen 1 und 65536.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not read. A plan that large is unusual; if it is one, raise the limit with --max-size MIB.</source>
        <translation>%1 ist größer als %2 MiB: nicht gelesen. Ein so großer Plan ist ungewöhnlich; falls es einer ist, erhöhen Sie das Limit mit --max-size MIB.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: pgversectl %1%2</source>
        <translation>Aufruf: pgversectl %1%2</translation>
    </message>
    <message>
        <source>
Exit codes:
</source>
        <translation>
Exit-Codes:
</translation>
    </message>
    <message>
        <source>— %1 —
</source>
        <translation>— %1 —
</translation>
    </message>
    <message>
        <source>Run &lt;command&gt; (by /bin/sh) for each alert that fires or resolves, with the alert on stdin as Alertmanager&apos;s webhook JSON. Repeatable.</source>
        <translation>&lt;command&gt; (über /bin/sh) für jeden Alarm ausführen, der ausgelöst oder behoben wird, mit dem Alarm auf stdin als Webhook-JSON von Alertmanager. Wiederholbar.</translation>
    </message>
    <message>
        <source>Also send each alert to the saved routes (pgversectl route list).</source>
        <translation>Jeden Alarm zusätzlich an die gespeicherten Routen senden (pgversectl route list).</translation>
    </message>
    <message>
        <source>Show the alerts firing now (exit code 1 when any fire that no silence covers).
A single check cannot see for how long a condition has held, so it ignores the rules&apos; hold times; --watch applies them. Silenced alerts are listed, marked, and never notified.</source>
        <translation>Die jetzt aktiven Alarme anzeigen (Exit-Code 1, wenn einer aktiv ist, den keine Stummschaltung abdeckt).
Eine einzelne Prüfung kann nicht sehen, wie lange eine Bedingung schon besteht, daher ignoriert sie die Haltezeiten der Regeln; --watch wendet sie an. Stummgeschaltete Alarme werden aufgelistet und markiert, aber nie gemeldet.</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message numerus="yes">
        <source>pgversectl: could not deliver %1 on %2 to %3 after %n tries: %4
</source>
        <translation>
            <numerusform>pgversectl: %1 auf %2 konnte nach %n Versuch nicht an %3 zugestellt werden: %4
</numerusform>
            <numerusform>pgversectl: %1 auf %2 konnte nach %n Versuchen nicht an %3 zugestellt werden: %4
</numerusform>
        </translation>
    </message>
    <message>
        <source> (silenced until %1: %2)</source>
        <translation> (stummgeschaltet bis %1: %2)</translation>
    </message>
    <message>
        <source>route add needs a name: pgversectl route add NAME --command CMD | --webhook URL.</source>
        <translation>route add benötigt einen Namen: pgversectl route add NAME --command CMD | --webhook URL.</translation>
    </message>
    <message>
        <source>Give a route either --command CMD or --webhook URL.</source>
        <translation>Geben Sie einer Route entweder --command CMD oder --webhook URL.</translation>
    </message>
    <message>
        <source>--format is alertmanager or plain.</source>
        <translation>--format erwartet alertmanager oder plain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule; the rules are listed in README.md (node_down, replay_lag_bytes…).</source>
        <translation>„%1“ ist keine Regel; die Regeln sind in README.md aufgeführt (node_down, replay_lag_bytes …).</translation>
    </message>
    <message>
        <source>--min-severity is warning, error or critical.</source>
        <translation>--min-severity erwartet warning, error oder critical.</translation>
    </message>
    <message>
        <source>--retries and --timeout-ms take whole numbers.</source>
        <translation>--retries und --timeout-ms erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>A route named %1 exists already; remove it first (pgversectl route remove %1).</source>
        <translation>Eine Route namens %1 existiert bereits; entfernen Sie sie zuerst (pgversectl route remove %1).</translation>
    </message>
    <message>
        <source>Route %1 added: pgverse sends to it from its next start, and pgversectl alerts --watch --routes at once. Try it: pgversectl route test %1
</source>
        <translation>Route %1 hinzugefügt: pgverse sendet ab seinem nächsten Start an sie, pgversectl alerts --watch --routes sofort. Probieren Sie es aus: pgversectl route test %1
</translation>
    </message>
    <message>
        <source>No route: alerts show in pgverse and pgversectl only. Add one with pgversectl route add.
</source>
        <translation>Keine Route: Alarme erscheinen nur in pgverse und pgversectl. Fügen Sie eine mit pgversectl route add hinzu.
</translation>
    </message>
    <message>
        <source>route remove needs the route&apos;s name.</source>
        <translation>route remove benötigt den Namen der Route.</translation>
    </message>
    <message>
        <source>No route is named %1 (pgversectl route list).</source>
        <translation>Es gibt keine Route namens %1 (pgversectl route list).</translation>
    </message>
    <message>
        <source>Route %1 removed.
</source>
        <translation>Route %1 entfernt.
</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message numerus="yes">
        <source>%n tries</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>route test needs the route&apos;s name.</source>
        <translation>route test benötigt den Namen der Route.</translation>
    </message>
    <message>
        <source>Test of the route %1 from pgversectl: nothing is wrong.</source>
        <translation>Test der Route %1 aus pgversectl: Es ist alles in Ordnung.</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Nothing has been delivered yet (%1).
</source>
        <translation>Noch wurde nichts zugestellt (%1).
</translation>
    </message>
    <message>
        <source>Where alerts are sent besides the screen: a command that reads each alert as JSON on stdin, or an HTTP webhook that gets it POSTed (Alertmanager&apos;s webhook body, or --format plain: the alerts --json shape). A failed delivery is tried again 1 s, 4 s, 16 s… later; every delivery is logged.
  add     NAME --command CMD | --webhook URL [--format F] [--rule R]… [--cluster C]… [--min-severity S]
  list    the routes
  remove  NAME
  test    NAME: send a test alert (alertname route_test) now and say how it went
  log     the newest deliveries (--limit N, default 20)</source>
        <translation>Wohin Alarme neben dem Bildschirm gesendet werden: ein Befehl, der jeden Alarm als JSON auf stdin liest, oder ein HTTP-Webhook, der ihn per POST erhält (Webhook-Body von Alertmanager oder mit --format plain die Form von alerts --json). Eine fehlgeschlagene Zustellung wird 1 s, 4 s, 16 s … später erneut versucht; jede Zustellung wird protokolliert.
  add     NAME --command CMD | --webhook URL [--format F] [--rule R]… [--cluster C]… [--min-severity S]
  list    die Routen
  remove  NAME
  test    NAME: jetzt einen Testalarm (alertname route_test) senden und melden, wie es lief
  log     die neuesten Zustellungen (--limit N, Standard 20)</translation>
    </message>
    <message>
        <source>add, list, remove, test or log.</source>
        <translation>add, list, remove, test oder log.</translation>
    </message>
    <message>
        <source>Run &lt;cmd&gt; by /bin/sh; the alert arrives on stdin, never in the command line.</source>
        <translation>&lt;cmd&gt; über /bin/sh ausführen; der Alarm kommt über stdin, nie über die Befehlszeile.</translation>
    </message>
    <message>
        <source>POST to &lt;url&gt; (http or https; no password in it).</source>
        <translation>Per POST an &lt;url&gt; senden (http oder https; ohne Passwort darin).</translation>
    </message>
    <message>
        <source>alertmanager (default) or plain.</source>
        <translation>alertmanager (Standard) oder plain.</translation>
    </message>
    <message>
        <source>Only this rule (node_down…); repeatable. Default: every rule.</source>
        <translation>Nur diese Regel (node_down …); wiederholbar. Standard: alle Regeln.</translation>
    </message>
    <message>
        <source>Only this cluster (profile name); repeatable. Default: every cluster.</source>
        <translation>Nur dieser Cluster (Profilname); wiederholbar. Standard: alle Cluster.</translation>
    </message>
    <message>
        <source>warning (default), error or critical.</source>
        <translation>warning (Standard), error oder critical.</translation>
    </message>
    <message>
        <source>Do not send resolutions, only firings.</source>
        <translation>Nur Auslösungen senden, keine Behebungen.</translation>
    </message>
    <message>
        <source>Tries after the first (default 3, at most 10).</source>
        <translation>Versuche nach dem ersten (Standard 3, höchstens 10).</translation>
    </message>
    <message>
        <source>How long one try may take (default 10000).</source>
        <translation>Wie lange ein Versuch dauern darf (Standard 10000).</translation>
    </message>
    <message>
        <source>How many deliveries log shows (default 20).</source>
        <translation>Wie viele Zustellungen log anzeigt (Standard 20).</translation>
    </message>
    <message>
        <source>route needs a subcommand: add, list, remove, test or log (pgversectl route --help).</source>
        <translation>route benötigt einen Unterbefehl: add, list, remove, test oder log (pgversectl route --help).</translation>
    </message>
    <message>
        <source>silence add needs --for DURATION (90s, 15m, 2h, 1d) and --reason TEXT.</source>
        <translation>silence add benötigt --for DURATION (90s, 15m, 2h, 1d) und --reason TEXT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write 90s, 15m, 2h or 1d.</source>
        <translation>„%1“ ist keine Dauer: Schreiben Sie 90s, 15m, 2h oder 1d.</translation>
    </message>
    <message>
        <source>Silence %1: %2
</source>
        <translation>Stummschaltung %1: %2
</translation>
    </message>
    <message>
        <source>No silence is in effect.
</source>
        <translation>Es ist keine Stummschaltung aktiv.
</translation>
    </message>
    <message>
        <source>%1 (action)</source>
        <translation>%1 (Aktion)</translation>
    </message>
    <message>
        <source>silence end needs the silence&apos;s id (pgversectl silence list shows them).</source>
        <translation>silence end benötigt die ID der Stummschaltung (pgversectl silence list zeigt sie an).</translation>
    </message>
    <message>
        <source>Silence %1 ended: its alerts are sent again while they fire.
</source>
        <translation>Stummschaltung %1 beendet: Ihre Alarme werden wieder gesendet, solange sie aktiv sind.
</translation>
    </message>
    <message>
        <source>Silence alerts for a while, with a reason: they still fire and are listed, marked silenced, but go to no route, --notify command or desktop notification. pgverse shares the same silences.
  add   --for DURATION --reason TEXT [--rule RULE]… [--node-name NODE] [cluster]
  list  the silences in effect, on every cluster
  end   ID: end a silence now</source>
        <translation>Alarme eine Zeit lang mit Begründung stummschalten: Sie werden weiterhin ausgelöst und aufgelistet, als stummgeschaltet markiert, gehen aber an keine Route, keinen --notify-Befehl und keine Desktop-Benachrichtigung. pgverse nutzt dieselben Stummschaltungen.
  add   --for DURATION --reason TEXT [--rule RULE]… [--node-name NODE] [cluster]
  list  die aktiven Stummschaltungen auf allen Clustern
  end   ID: eine Stummschaltung jetzt beenden</translation>
    </message>
    <message>
        <source>add, list or end.</source>
        <translation>add, list oder end.</translation>
    </message>
    <message>
        <source>How long: 90s, 15m, 2h, 1d (a bare number is minutes).</source>
        <translation>Wie lange: 90s, 15m, 2h, 1d (eine bloße Zahl bedeutet Minuten).</translation>
    </message>
    <message>
        <source>Why (required): maintenance, someone is on it…</source>
        <translation>Warum (erforderlich): Wartung, jemand kümmert sich darum …</translation>
    </message>
    <message>
        <source>Silence only this rule (node_down…); repeatable. Default: every rule.</source>
        <translation>Nur diese Regel stummschalten (node_down …); wiederholbar. Standard: alle Regeln.</translation>
    </message>
    <message>
        <source>Silence only alerts about this node (and its slots).</source>
        <translation>Nur Alarme zu diesem Knoten (und seinen Slots) stummschalten.</translation>
    </message>
    <message>
        <source>silence needs a subcommand: add, list or end (pgversectl silence --help).</source>
        <translation>silence benötigt einen Unterbefehl: add, list oder end (pgversectl silence --help).</translation>
    </message>
    <message>
        <source>Only the node named &lt;name&gt; (default: every node).</source>
        <translation>Nur der Knoten namens &lt;name&gt; (Standard: jeder Knoten).</translation>
    </message>
    <message>
        <source>Give only one of --profile and --lab.</source>
        <translation>Geben Sie nur eines von --profile und --lab an.</translation>
    </message>
    <message>
        <source>%1 has no node named &quot;%2&quot;.</source>
        <translation>%1 hat keinen Knoten namens „%2“.</translation>
    </message>
    <message>
        <source>%1 waits %2 for %3</source>
        <translation>%1 wartet seit %2 auf %3</translation>
    </message>
    <message>
        <source>a lock</source>
        <translation>eine Sperre</translation>
    </message>
    <message>
        <source>%1: no session waits for a lock
</source>
        <translation>%1: keine Sitzung wartet auf eine Sperre
</translation>
    </message>
    <message>
        <source>prepared transaction %1</source>
        <translation>vorbereitete Transaktion %1</translation>
    </message>
    <message>
        <source>(one of several)</source>
        <translation>(eine von mehreren)</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>transaction open %1</source>
        <translation>Transaktion offen seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 blocks %n session(s)%3</source>
        <translation>
            <numerusform>%1: %2 blockiert %n Sitzung%3</numerusform>
            <numerusform>%1: %2 blockiert %n Sitzungen%3</numerusform>
        </translation>
    </message>
    <message>
        <source> — a deadlock not yet broken</source>
        <translation> — ein noch nicht aufgelöster Deadlock</translation>
    </message>
    <message>
        <source>Also idle sessions and background processes.</source>
        <translation>Auch untätige Sitzungen und Hintergrundprozesse.</translation>
    </message>
    <message>
        <source>With --watch: milliseconds between reads (default 2000).</source>
        <translation>Mit --watch: Millisekunden zwischen den Abfragen (Standard 2000).</translation>
    </message>
    <message>
        <source>Show the sessions of every node (pg_stat_activity): state, waits, ages, the xmin they hold and who blocks them. Idle sessions are left out unless --all.</source>
        <translation>Zeigt die Sitzungen jedes Knotens (pg_stat_activity): Zustand, Wartezustände, Alter, das xmin, das sie halten, und wer sie blockiert. Untätige Sitzungen fehlen ohne --all.</translation>
    </message>
    <message>
        <source>Exit code 1 when a session has waited for a lock longer than &lt;seconds&gt; (default 5).</source>
        <translation>Exit-Code 1, wenn eine Sitzung länger als &lt;seconds&gt; auf eine Sperre gewartet hat (Standard 5).</translation>
    </message>
    <message>
        <source>Show who blocks whom on every node, as a tree: root blockers first (the ones whose end would unblock the most sessions), each with the sessions waiting for it and the lock each waits for.</source>
        <translation>Zeigt als Baum, wer auf jedem Knoten wen blockiert: zuerst die Wurzelblockierer (deren Ende die meisten Sitzungen freigäbe), jeder mit den Sitzungen, die auf ihn warten, und der Sperre, auf die jede wartet.</translation>
    </message>
    <message>
        <source>--threshold takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--threshold erwartet eine Anzahl Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 pid %2 (%3@%4%5)</source>
        <translation>%1 PID %2 (%3@%4%5)</translation>
    </message>
    <message>
        <source>! %1: idle in transaction for %2 — it holds its locks and the xmin horizon while doing nothing
</source>
        <translation>! %1: seit %2 idle in transaction — sie hält ihre Sperren und den xmin-Horizont, ohne etwas zu tun
</translation>
    </message>
    <message>
        <source>! %1: transaction open for %2 — it holds locks and keeps VACUUM from removing dead rows
</source>
        <translation>! %1: Transaktion seit %2 offen — sie hält Sperren und hindert VACUUM daran, tote Zeilen zu entfernen
</translation>
    </message>
    <message>
        <source>Mark transactions open longer than &lt;seconds&gt; (default 300).</source>
        <translation>Transaktionen markieren, die länger als &lt;seconds&gt; offen sind (Standard 300).</translation>
    </message>
    <message>
        <source>Mark sessions idle in transaction longer than &lt;seconds&gt; (default 60).</source>
        <translation>Sitzungen markieren, die länger als &lt;seconds&gt; idle in transaction sind (Standard 60).</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Anzahl Sekunden, nicht „%2“.</translation>
    </message>
    <message>
        <source>  %1  subscriber of %2  127.0.0.1:%3  (PGSERVICE=%1 psql -d %4)
</source>
        <translation>  %1  Subskribent von %2  127.0.0.1:%3  (PGSERVICE=%1 psql -d %4)
</translation>
    </message>
    <message>
        <source>lab subscriber takes one command: add.</source>
        <translation>lab subscriber kennt einen Befehl: add.</translation>
    </message>
    <message>
        <source>Lab &quot;%1&quot; has a subscriber:
</source>
        <translation>Labor „%1“ hat einen Subskribenten:
</translation>
    </message>
    <message>
        <source>Watch it: pgversectl logical --lab %1
</source>
        <translation>Beobachten: pgversectl logical --lab %1
</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>Subskribent</translation>
    </message>
    <message>
        <source>up: also the analytics server subscribing to the primary&apos;s publication orders_pub (database shop, table public.orders; wal_level = logical).</source>
        <translation>up: auch den Analytics-Server, der die Publikation orders_pub des Primary abonniert (Datenbank shop, Tabelle public.orders; wal_level = logical).</translation>
    </message>
    <message>
        <source>  %1  PgBouncer (transaction pooling) to %2  127.0.0.1:%3  (PGSERVICE=%1 psql)
</source>
        <translation>  %1  PgBouncer (Transaction-Pooling) zu %2  127.0.0.1:%3  (PGSERVICE=%1 psql)
</translation>
    </message>
    <message>
        <source>lab pooler takes one command: add [N].</source>
        <translation>lab pooler kennt einen Befehl: add [N].</translation>
    </message>
    <message>
        <source>lab pooler add takes a number of poolers from 1 to 8.</source>
        <translation>lab pooler add erwartet eine Anzahl Pooler von 1 bis 8.</translation>
    </message>
    <message>
        <source>Lab &quot;%1&quot; has poolers:
</source>
        <translation>Labor „%1“ hat Pooler:
</translation>
    </message>
    <message>
        <source>Watch them: pgversectl pooler --lab %1
</source>
        <translation>Beobachten: pgversectl pooler --lab %1
</translation>
    </message>
    <message>
        <source>--pgbouncer takes a number of poolers from 1 to 8 (default 1).</source>
        <translation>--pgbouncer erwartet eine Anzahl Pooler von 1 bis 8 (Standard 1).</translation>
    </message>
    <message>
        <source>PgBouncer</source>
        <translation>PgBouncer</translation>
    </message>
    <message>
        <source>running, pid %1, routing to %2</source>
        <translation>läuft, PID %1, leitet an %2 weiter</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Create and run a local practice cluster on 127.0.0.1.

Commands:
  up       create the lab (or start it when it exists)
  status   show its servers and replication
  start    start its servers
  stop     stop its servers (fast shutdown)
  destroy  stop it and delete its folder
  env      print export lines so psql and pgbench reach it
  subscriber add   add the analytics server subscribing to the primary&apos;s orders_pub
  pooler add [N]   add N PgBouncers (default 1) in transaction pooling mode, routing to the primary</source>
        <translation>Einen lokalen Übungscluster auf 127.0.0.1 anlegen und betreiben.

Befehle:
  up       das Labor anlegen (oder starten, wenn es existiert)
  status   seine Server und die Replikation anzeigen
  start    seine Server starten
  stop     seine Server stoppen (Fast Shutdown)
  destroy  es stoppen und seinen Ordner löschen
  env      export-Zeilen ausgeben, damit psql und pgbench es erreichen
  subscriber add   den Analytics-Server hinzufügen, der orders_pub des Primary abonniert
  pooler add [N]   N PgBouncer (Standard 1) im Transaction-Pooling-Modus hinzufügen, die an den Primary weiterleiten</translation>
    </message>
    <message>
        <source>up, status, start, stop, destroy, env, subscriber add or pooler add</source>
        <translation>up, status, start, stop, destroy, env, subscriber add oder pooler add</translation>
    </message>
    <message>
        <source>up: also N PgBouncers in front of the cluster (transaction pooling; services pooler1, pooler2…; N defaults to 1).</source>
        <translation>up: auch N PgBouncer vor dem Cluster (Transaction-Pooling; Dienste pooler1, pooler2…; N ist standardmäßig 1).</translation>
    </message>
    <message>
        <source>Usage: pgversectl COMMAND [options]   (pgversectl COMMAND --help for details)

Commands:
  status    replication topology and problems of a cluster (--json, --watch)
  lag       replication lag of every standby and slot (--json, --watch)
  alerts    alerts firing now; exit code 1 when any fire (--json, --watch, --notify CMD)
  silence   silence alerts for a while, with a reason (add|list|end)
  route     send alerts to commands and webhooks (add|list|remove|test|log)
  switchover  move the primary role to a standby, losing nothing (--dry-run, --yes, --json)
  failover  promote a standby after the primary failed; fence the old primary (--rejoin)
  rejoin    bring a former primary back as a standby
  recover   after an interrupted action: one primary, every other node following it
  patroni   restart|reinit MEMBER, pause|resume automatic failover (Patroni clusters)
  node      pause-replay|resume-replay|reload|restart|stop|start NODE of a lab
  backup    run|list|verify|restore backups of a lab (pgBackRest or pg_basebackup, PITR)
  lab       create, start, stop and destroy a local practice cluster
  profile   manage saved cluster profiles
  explain   summary of an EXPLAIN plan from a file or stdin: hotspots, warnings (--json)
  rls       row-level security: show policies, lint them, test what a role sees (show|lint|test)
  audit     verify the audit log: no entry edited, inserted or removed (verify [--json])
  sessions  sessions of every node: state, waits, ages, who blocks them (--json, --watch);
            sessions cancel|terminate PID…|--root-blocker|filters --node NAME
  locks     who blocks whom, as a tree; exit code 1 when a wait is over --threshold (--json)
  vacuum    what holds the xmin horizon back, dead tuples, transaction-ID age, vacuums running (--json)
  logical   logical replication: publications, subscriptions with lag and state, slots (--json, --watch);
            logical enable|disable|refresh SUBSCRIPTION
  pooler    PgBouncers: routing, pools, waits and problems (--json, --watch);
            pooler pause|resume|reconnect|reload|kill [NAME] [--database DB]
  version   print the version

Exit codes: 0 ok, 1 problems found or action refused, 2 usage error, nothing reachable or a
plan that cannot be read, 3 an action failed during execution (the message says what state
the cluster is in).
</source>
        <translation>Aufruf: pgversectl BEFEHL [Optionen]   (pgversectl BEFEHL --help für Details)

Befehle:
  status    Replikationstopologie und Probleme eines Clusters (--json, --watch)
  lag       Replikationsverzögerung jedes Standbys und Slots (--json, --watch)
  alerts    gerade aktive Alarme; Exit-Code 1, wenn einer aktiv ist (--json, --watch, --notify CMD)
  silence   Alarme eine Zeit lang mit Begründung stummschalten (add|list|end)
  route     Alarme an Befehle und Webhooks senden (add|list|remove|test|log)
  switchover  die Primary-Rolle ohne Verlust auf einen Standby verlegen (--dry-run, --yes, --json)
  failover  einen Standby nach Ausfall des Primary hochstufen; den alten Primary abschotten (--rejoin)
  rejoin    einen ehemaligen Primary als Standby zurückholen
  recover   nach einer abgebrochenen Aktion: ein Primary, alle anderen Knoten folgen ihm
  patroni   restart|reinit MITGLIED, automatischen Failover pausieren|fortsetzen mit pause|resume (Patroni-Cluster)
  node      pause-replay|resume-replay|reload|restart|stop|start KNOTEN eines Labors
  backup    run|list|verify|restore: Backups eines Labors (pgBackRest oder pg_basebackup, PITR)
  lab       einen lokalen Übungscluster anlegen, starten, stoppen und löschen
  profile   gespeicherte Cluster-Profile verwalten
  explain   Zusammenfassung eines EXPLAIN-Plans aus einer Datei oder stdin: Hotspots, Warnungen (--json)
  rls       Zeilensicherheit: Richtlinien anzeigen, prüfen, testen, was eine Rolle sieht (show|lint|test)
  audit     das Audit-Protokoll prüfen: kein Eintrag bearbeitet, eingefügt oder entfernt (verify [--json])
  sessions  Sitzungen jedes Knotens: Zustand, Wartezustände, Alter, wer sie blockiert (--json, --watch);
            sessions cancel|terminate PID…|--root-blocker|Filter --node NAME
  locks     wer wen blockiert, als Baum; Exit-Code 1, wenn eine Wartezeit über --threshold liegt (--json)
  vacuum    was den xmin-Horizont zurückhält, tote Tupel, Transaktions-ID-Alter, laufende Vacuums (--json)
  logical   logische Replikation: Publikationen, Subskriptionen mit Verzögerung und Zustand, Slots (--json, --watch);
            logical enable|disable|refresh SUBSKRIPTION
  pooler    PgBouncer: Weiterleitung, Pools, Wartezeiten und Probleme (--json, --watch);
            pooler pause|resume|reconnect|reload|kill [NAME] [--database DB]
  version   die Version ausgeben

Exit-Codes: 0 ok, 1 Probleme gefunden oder Aktion abgelehnt, 2 Aufruffehler, nichts erreichbar oder ein
Plan, der nicht gelesen werden kann, 3 eine Aktion ist während der Ausführung fehlgeschlagen (die Meldung
nennt den Zustand, in dem sich der Cluster befindet).
</translation>
    </message>
    <message>
        <source>warning: profile %1, pooler %2: %3</source>
        <translation>Warnung: Profil %1, Pooler %2: %3</translation>
    </message>
    <message>
        <source>Profile %1 has no pooler named %2.</source>
        <translation>Profil %1 hat keinen Pooler namens %2.</translation>
    </message>
    <message>
        <source>Admin password of pooler %2 of profile %1 (read from standard input): </source>
        <translation>Admin-Passwort des Poolers %2 von Profil %1 (wird von der Standardeingabe gelesen): </translation>
    </message>
    <message>
        <source>Manage cluster profiles.

Commands:
  list                 the saved profiles
  show NAME            one profile
  add NAME --node …    add or replace a profile
  remove NAME          forget a profile
  set-password NAME    store its password in the system keychain (read from stdin);
                       with --pooler P, the admin password of its pooler P</source>
        <translation>Cluster-Profile verwalten.

Befehle:
  list                 die gespeicherten Profile
  show NAME            ein Profil
  add NAME --node …    ein Profil hinzufügen oder ersetzen
  remove NAME          ein Profil vergessen
  set-password NAME    sein Passwort im Systemschlüsselbund speichern (von stdin gelesen);
                       mit --pooler P das Admin-Passwort seines Poolers P</translation>
    </message>
    <message>
        <source>add: a PgBouncer admin console as NAME@CONNINFO (dbname=pgbouncer); repeat for each (without it, add keeps the poolers the profile has). set-password: whose password.</source>
        <translation>add: eine PgBouncer-Admin-Konsole als NAME@CONNINFO (dbname=pgbouncer); für jede wiederholen (ohne diese Option behält add die Pooler, die das Profil hat). set-password: wessen Passwort.</translation>
    </message>
    <message>
        <source>--pooler takes NAME@CONNINFO, not &quot;%1&quot;.</source>
        <translation>--pooler erwartet NAME@CONNINFO, nicht „%1“.</translation>
    </message>
    <message>
        <source>Profile %1 saved with %2 nodes and %3 poolers.
</source>
        <translation>Profil %1 mit %2 Knoten und %3 Poolern gespeichert.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for PostgreSQL high-availability clusters.</source>
        <translation>Desktop-Konsole für PostgreSQL-Hochverfügbarkeitscluster.</translation>
    </message>
    <message>
        <source>Open the saved profile &lt;name&gt;.</source>
        <translation>Das gespeicherte Profil &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <source>Open the lab in folder &lt;dir&gt;.</source>
        <translation>Das Labor im Ordner &lt;dir&gt; öffnen.</translation>
    </message>
    <message>
        <source>Render each main view to a PNG file in &lt;dir&gt; once the topology is shown, then quit.</source>
        <translation>Jede Hauptansicht als PNG-Datei in &lt;dir&gt; speichern, sobald die Topologie angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>Print start-up timings and peak memory (for the benchmark).</source>
        <translation>Startzeiten und Spitzenspeicherverbrauch ausgeben (für den Benchmark).</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds.</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden.</translation>
    </message>
    <message>
        <source>Cannot open the lab</source>
        <translation>Das Labor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Unknown profile</source>
        <translation>Unbekanntes Profil</translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>Kein Profil heißt „%1“.</translation>
    </message>
    <message>
        <source>With --screenshot: wait &lt;ms&gt; after the topology is shown (default 400).</source>
        <translation>Mit --screenshot: &lt;ms&gt; warten, nachdem die Topologie angezeigt wird (Standard 400).</translation>
    </message>
    <message>
        <source>Show the plan in &lt;file&gt; (EXPLAIN output, JSON or text) on the Plans page.</source>
        <translation>Den Plan in &lt;file&gt; (EXPLAIN-Ausgabe, JSON oder Text) auf der Seite „Pläne“ anzeigen.</translation>
    </message>
</context>
<context>
    <name>pgv</name>
    <message>
        <source>%1 exists, is not empty and is not a lab. Choose a new or empty folder with --dir.</source>
        <translation>%1 existiert, ist nicht leer und ist kein Labor. Wählen Sie mit --dir einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 is not installed; Patroni labs need it: apt-get install patroni etcd-server</source>
        <translation>%1 ist nicht installiert; Patroni-Labore benötigen es: apt-get install patroni etcd-server</translation>
    </message>
    <message>
        <source>Port %1 and the ports after it are not all free on 127.0.0.1; choose another base port with --port.</source>
        <translation>Port %1 und die folgenden Ports sind auf 127.0.0.1 nicht alle frei; wählen Sie mit --port einen anderen Basisport.</translation>
    </message>
    <message>
        <source>Could not create %1; check that the parent folder is writable.</source>
        <translation>%1 konnte nicht angelegt werden; prüfen Sie, ob der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Starting etcd on port %1…</source>
        <translation>Starte etcd auf Port %1 …</translation>
    </message>
    <message>
        <source>Starting %1, which bootstraps the cluster with initdb…</source>
        <translation>Starte %1, das den Cluster mit initdb initialisiert …</translation>
    </message>
    <message>
        <source>Lab creation cancelled; nothing was kept.</source>
        <translation>Anlegen des Labors abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>%1 did not become the leader within 90 s. Last lines of its log:
%2</source>
        <translation>%1 wurde nicht innerhalb von 90 s zum Leader. Letzte Zeilen seines Protokolls:
%2</translation>
    </message>
    <message>
        <source>Starting %1, which clones %2…</source>
        <translation>Starte %1, das %2 klont …</translation>
    </message>
    <message>
        <source>Waiting until every replica streams…</source>
        <translation>Warte, bis jedes Replikat streamt …</translation>
    </message>
    <message>
        <source>The replicas did not all stream within 60 s. Last lines of their logs:%1</source>
        <translation>Nicht alle Replikate streamten innerhalb von 60 s. Letzte Zeilen ihrer Protokolle:%1</translation>
    </message>
    <message>
        <source>cannot open the action lock %1: %2</source>
        <translation>Die Aktionssperre %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>route it to the primary once there is one</source>
        <translation>leiten Sie ihn zum Primary, sobald es einen gibt</translation>
    </message>
    <message>
        <source>route it to %1, the primary (its [databases] host and port, then RELOAD)</source>
        <translation>leiten Sie ihn zu %1, dem Primary (Host und Port in seinem [databases], dann RELOAD)</translation>
    </message>
    <message>
        <source>%1 (%2:%3) cannot be read: %4</source>
        <translation>%1 (%2:%3) kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>%1 routes to %2, which is none of %3&apos;s nodes: %4.</source>
        <translation>%1 leitet an %2 weiter, der keiner der Knoten von %3 ist: %4.</translation>
    </message>
    <message>
        <source>%1 routes to %2, which is a standby (the old primary after a role change?): its clients&apos; writes fail; %3.</source>
        <translation>%1 leitet an %2 weiter, der ein Standby ist (der alte Primary nach einem Rollenwechsel?): Schreibzugriffe seiner Clients schlagen fehl; %3.</translation>
    </message>
    <message>
        <source>%1 routes to %2, which is down: its clients get errors; %3.</source>
        <translation>%1 leitet an %2 weiter, der ausgefallen ist: Seine Clients erhalten Fehler; %3.</translation>
    </message>
    <message>
        <source>%1: %2 clients of %3 wait for a server connection, the longest %4: the pool is too small for the load, or its transactions are slow (see the Sessions page of the node).</source>
        <translation>%1: %2 Clients von %3 warten auf eine Serververbindung, am längsten %4: Der Pool ist zu klein für die Last, oder seine Transaktionen sind langsam (siehe die Seite „Sitzungen“ des Knotens).</translation>
    </message>
    <message>
        <source>%1: pool %2 has all %3 of its server connections in use and %4 clients waiting: raise its pool_size (or default_pool_size) if the server has connections to spare.</source>
        <translation>%1: Pool %2 nutzt alle %3 seiner Serververbindungen, und %4 Clients warten: Erhöhen Sie seine pool_size (oder default_pool_size), wenn der Server noch freie Verbindungen hat.</translation>
    </message>
    <message>
        <source>%1 is paused and no action that paused it is running: its clients wait (and are disconnected after query_wait_timeout). Resume it: pgversectl pooler resume %1</source>
        <translation>%1 ist pausiert, und keine Aktion, die ihn pausiert hat, läuft: Seine Clients warten (und werden nach query_wait_timeout getrennt). Setzen Sie ihn fort: pgversectl pooler resume %1</translation>
    </message>
</context>
<context>
    <name>pgv::ActionChecksModel</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>pgv::ActionJournal</name>
    <message>
        <source>%1 by %2@%3 (pid %4) since %5</source>
        <translation>%1 von %2@%3 (PID %4) seit %5</translation>
    </message>
    <message>
        <source>, at step %1 (%2, %3)</source>
        <translation>, bei Schritt %1 (%2, %3)</translation>
    </message>
    <message>
        <source>before its first step</source>
        <translation>vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>during step %1 (%2)</source>
        <translation>während Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>after step %1 (%2, %3)</source>
        <translation>nach Schritt %1 (%2, %3)</translation>
    </message>
    <message>
        <source>failed %1 and left the cluster changed</source>
        <translation>ist %1 fehlgeschlagen und hat den Cluster verändert zurückgelassen</translation>
    </message>
    <message>
        <source>was interrupted %1: its process (pid %2 on %3) is gone</source>
        <translation>wurde %1 unterbrochen: Der Prozess (PID %2 auf %3) existiert nicht mehr</translation>
    </message>
    <message>
        <source>; it had passed its point of no return</source>
        <translation>; der Punkt ohne Wiederkehr war bereits überschritten</translation>
    </message>
    <message>
        <source>%1 (started by %2 at %3) %4%5. Run pgversectl recover (in pgverse: Cluster → Recover after an interrupted action) to bring the cluster back to one primary with every other node following it.</source>
        <translation>%1 (gestartet von %2 um %3) %4%5. Führen Sie pgversectl recover aus (in pgverse: Cluster → Nach abgebrochener Aktion wiederherstellen), um den Cluster zurück zu einem Primary zu bringen, dem alle anderen Knoten folgen.</translation>
    </message>
</context>
<context>
    <name>pgv::ActionLauncher</name>
    <message>
        <source>Open a cluster first.</source>
        <translation>Öffnen Sie zuerst einen Cluster.</translation>
    </message>
    <message>
        <source>Profile %1 is read-only: it never runs actions.</source>
        <translation>Profil %1 ist schreibgeschützt: Es führt nie Aktionen aus.</translation>
    </message>
    <message>
        <source>PostgresVerse acts on clusters it runs itself (labs) or that Patroni manages; %1 is neither.</source>
        <translation>PostgresVerse handelt auf Clustern, die es selbst betreibt (Labore) oder die Patroni verwaltet; %1 ist keines von beiden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>S&amp;witchover…</source>
        <translation>S&amp;witchover …</translation>
    </message>
    <message>
        <source>&amp;Failover…</source>
        <translation>&amp;Failover …</translation>
    </message>
    <message>
        <source>Re&amp;join a node…</source>
        <translation>Knoten wieder ein&amp;binden …</translation>
    </message>
    <message>
        <source>Re&amp;cover after an interrupted action…</source>
        <translation>Nach abgebrochener Aktion &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>Audit-Protokoll &amp;prüfen</translation>
    </message>
    <message>
        <source>Bring the cluster back to one primary with every other node following it</source>
        <translation>Bringt den Cluster zurück zu einem Primärserver, dem alle anderen Knoten folgen</translation>
    </message>
    <message>
        <source>Check that no entry of the actions&apos; audit log was edited, inserted or removed</source>
        <translation>Prüft, dass kein Eintrag des Audit-Protokolls geändert, eingefügt oder entfernt wurde</translation>
    </message>
    <message>
        <source>Switch over to %1…</source>
        <translation>Switchover auf %1 …</translation>
    </message>
    <message>
        <source>Fail over to %1…</source>
        <translation>Failover auf %1 …</translation>
    </message>
    <message>
        <source>Rejoin %1 as a standby…</source>
        <translation>%1 als Standby wieder einbinden …</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Audit-Protokoll wird geprüft</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message numerus="yes">
        <source>The audit log %1 is intact: %n entries, chained and anchored.</source>
        <translation>
            <numerusform>Das Audit-Protokoll %1 ist unversehrt: %n Eintrag, verkettet und verankert.</numerusform>
            <numerusform>Das Audit-Protokoll %1 ist unversehrt: %n Einträge, verkettet und verankert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log %1 has been tampered with or damaged: %2.</source>
        <translation>Das Audit-Protokoll %1 wurde manipuliert oder beschädigt: %2.</translation>
    </message>
    <message>
        <source>Restart %1 through Patroni…</source>
        <translation>%1 über Patroni neu starten …</translation>
    </message>
    <message>
        <source>Resume replay on %1…</source>
        <translation>Replay auf %1 fortsetzen …</translation>
    </message>
    <message>
        <source>Pause replay on %1…</source>
        <translation>Replay auf %1 pausieren …</translation>
    </message>
    <message>
        <source>Reload the configuration of %1…</source>
        <translation>Konfiguration von %1 neu laden …</translation>
    </message>
    <message>
        <source>Restart %1…</source>
        <translation>%1 neu starten …</translation>
    </message>
    <message>
        <source>Stop %1…</source>
        <translation>%1 stoppen …</translation>
    </message>
    <message>
        <source>Start %1…</source>
        <translation>%1 starten …</translation>
    </message>
</context>
<context>
    <name>pgv::ActionLock</name>
    <message>
        <source>the action names no cluster lock</source>
        <translation>die Aktion nennt keine Cluster-Sperre</translation>
    </message>
    <message>
        <source>Another action is running on %1: %2. One action at a time: wait for it to end, or cancel it where it runs.</source>
        <translation>Auf %1 läuft bereits eine andere Aktion: %2. Nur eine Aktion zur Zeit: Warten Sie, bis sie endet, oder brechen Sie sie dort ab, wo sie läuft.</translation>
    </message>
    <message>
        <source>its holder has not written its journal yet</source>
        <translation>der Inhaber der Sperre hat sein Journal noch nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Another console is acting on %1: node %2 holds its action lock for %3. One action at a time: wait for it to end.</source>
        <translation>Eine andere Konsole handelt auf %1: Knoten %2 hält die Aktionssperre des Clusters für %3. Nur eine Aktion zur Zeit: Warten Sie, bis sie endet.</translation>
    </message>
    <message>
        <source>a session that has just ended</source>
        <translation>eine gerade beendete Sitzung</translation>
    </message>
    <message>
        <source>cannot write the action journal: %1</source>
        <translation>Das Aktionsjournal kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>pgv::ActionProgressPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Not completed (%1).</source>
        <translation>Nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>State of the cluster: %1</source>
        <translation>Zustand des Clusters: %1</translation>
    </message>
</context>
<context>
    <name>pgv::ActionReviewPanel</name>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>a check failed. Fix its cause and check again.</source>
        <translation>eine Prüfung ist fehlgeschlagen. Beheben Sie die Ursache und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfungen&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pgv::ActionRunDialog</name>
    <message>
        <source>&lt;b&gt;What will happen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was passieren wird&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>Type the cluster&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Clusters, &lt;b&gt;%1&lt;/b&gt;, ein:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>All checks passed. Read the plan, then type the cluster&apos;s name to go ahead.</source>
        <translation>Alle Prüfungen bestanden. Lesen Sie den Plan und geben Sie dann zum Fortfahren den Namen des Clusters ein.</translation>
    </message>
    <message>
        <source>All checks passed. Read the plan, then run it.</source>
        <translation>Alle Prüfungen bestanden. Lesen Sie den Plan und führen Sie ihn dann aus.</translation>
    </message>
    <message>
        <source>The action is running: wait for it to finish, or press Cancel while that is still safe.</source>
        <translation>Die Aktion läuft: Warten Sie, bis sie fertig ist, oder klicken Sie auf Abbrechen, solange das noch sicher ist.</translation>
    </message>
</context>
<context>
    <name>pgv::ActionStepsModel</name>
    <message>
        <source>to do</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1
Once this step starts the action cannot be cancelled.</source>
        <translation>%1
Sobald dieser Schritt beginnt, kann die Aktion nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>pgv::ActionWizard</name>
    <message>
        <source>Switchover</source>
        <translation>Switchover</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Rejoin</source>
        <translation>Rejoin</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>A planned switchover moves the primary role to a standby. Writes stop for about a second; no committed transaction is lost, and the old primary comes back as a standby.</source>
        <translation>Ein geplanter Switchover verlegt die Primary-Rolle auf einen Standby. Schreibzugriffe stoppen für etwa eine Sekunde; keine bestätigte Transaktion geht verloren, und der alte Primary kommt als Standby zurück.</translation>
    </message>
    <message>
        <source>A failover promotes a standby after the primary has failed. The old primary is fenced so that it cannot come back as a second primary. Transactions it committed but had not sent are lost.</source>
        <translation>Ein Failover stuft einen Standby hoch, nachdem der Primary ausgefallen ist. Der alte Primary wird abgeschottet, damit er nicht als zweiter Primary zurückkommen kann. Transaktionen, die er bestätigt, aber noch nicht gesendet hatte, gehen verloren.</translation>
    </message>
    <message>
        <source>Rejoining brings a former primary back as a standby of the current primary, rewinding it with pg_rewind.</source>
        <translation>Ein Rejoin holt einen ehemaligen Primary als Standby des aktuellen Primary zurück und spult ihn dazu mit pg_rewind zurück.</translation>
    </message>
    <message>
        <source>the standby that received the most WAL</source>
        <translation>der Standby, der das meiste WAL empfangen hat</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>&amp;Promote:</source>
        <translation>&amp;Hochstufen:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>The candidate may be at most this far behind; more would keep writes stopped while it catches up.</source>
        <translation>So weit darf der Kandidat höchstens zurückliegen; mehr würde Schreibzugriffe gestoppt halten, während er aufholt.</translation>
    </message>
    <message>
        <source>Largest replay &amp;lag:</source>
        <translation>Größte Replay-&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>Also rewind the old primary and bring it back as a standby</source>
        <translation>Außerdem den alten Primary zurückspulen und als Standby zurückholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will happen&lt;/b&gt; (steps in italics cannot be undone once started)</source>
        <translation>&lt;b&gt;Was geschehen wird&lt;/b&gt; (kursive Schritte können nach Beginn nicht rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>Type the cluster&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Clusters, &lt;b&gt;%1&lt;/b&gt;, ein:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Run %1</source>
        <translation>%1 &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancelling at the next safe point…</source>
        <translation>Breche am nächsten sicheren Punkt ab …</translation>
    </message>
    <message>
        <source>Past the point of no return: finishing is safer than stopping now.</source>
        <translation>Der Punkt ohne Wiederkehr ist überschritten: Zu Ende zu führen ist sicherer, als jetzt anzuhalten.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>All checks passed. Read the plan, then type the cluster&apos;s name to go ahead.</source>
        <translation>Alle Prüfungen bestanden. Lesen Sie den Plan und geben Sie dann zum Fortfahren den Namen des Clusters ein.</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>The action is running: wait for it to finish, or press Cancel while that is still safe.</source>
        <translation>Die Aktion läuft: Warten Sie, bis sie fertig ist, oder klicken Sie auf Abbrechen, solange das noch sicher ist.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Recovery brings the cluster back to one primary with every other node following it, after an action was interrupted or failed half-way. It finishes or undoes what the action&apos;s journal says it was doing: the running primary stays; else the candidate of a switchover or failover that had fenced the old primary is promoted; else the stopped old primary is started again. A node is rewound only when it cannot follow as it is. The checks show which way it goes before anything changes.</source>
        <translation>Die Wiederherstellung bringt den Cluster nach einer abgebrochenen oder halb fehlgeschlagenen Aktion zurück zu einem Primärserver, dem alle anderen Knoten folgen. Sie vollendet oder macht rückgängig, was die Aktion laut ihrem Journal tat: ein laufender Primärserver bleibt; sonst wird der Kandidat eines Switchovers oder Failovers, der den alten Primärserver schon abgeschirmt hatte, befördert; sonst wird der gestoppte alte Primärserver wieder gestartet. Ein Knoten wird nur zurückgespult, wenn er sonst nicht folgen kann. Die Prüfungen zeigen vor jeder Änderung, welcher Weg gewählt wird.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
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
        <translation>aktiv (bestätigt)</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1
Severity: %2
Condition held since %3
Fired at %4</source>
        <translation>%1
Schweregrad: %2
Bedingung besteht seit %3
Ausgelöst um %4</translation>
    </message>
    <message>
        <source>
Cleared at %1, after %2</source>
        <translation>
Behoben um %1, nach %2</translation>
    </message>
    <message>
        <source>firing (silenced: planned action)</source>
        <translation>aktiv (stummgeschaltet: geplante Aktion)</translation>
    </message>
    <message>
        <source>firing (silenced)</source>
        <translation>aktiv (stummgeschaltet)</translation>
    </message>
    <message>
        <source>
Silenced, not sent anywhere: %1</source>
        <translation>
Stummgeschaltet, nirgendwohin gesendet: %1</translation>
    </message>
    <message>
        <source>firing when last watched (%1)</source>
        <translation>aktiv, als zuletzt beobachtet (%1)</translation>
    </message>
</context>
<context>
    <name>pgv::AlertRulesDialog</name>
    <message>
        <source>Alert rules for %1</source>
        <translation>Alarmregeln für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;Regel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threshold&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schwellwert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holds for&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mindestdauer&lt;/b&gt;</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
</context>
<context>
    <name>pgv::AlertsController</name>
    <message>
        <source>PostgresVerse</source>
        <translation>PostgresVerse</translation>
    </message>
    <message>
        <source>Alert on %1</source>
        <translation>Alarm auf %1</translation>
    </message>
    <message>
        <source>Silence not set</source>
        <translation>Stummschaltung nicht gesetzt</translation>
    </message>
    <message>
        <source>Silence not ended</source>
        <translation>Stummschaltung nicht beendet</translation>
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
        <translation>Den ausgewählten Alarm als gesehen markieren: Er bleibt aufgelistet, solange er aktiv ist, aber ohne Alarmfarbe.</translation>
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation>Alarm&amp;regeln …</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Stummschalten …</translation>
    </message>
    <message>
        <source>Stop sending the selected alert (or its node&apos;s, or its cluster&apos;s) anywhere for a while, with a reason: during maintenance, or while someone works on it. It stays listed, marked silenced.</source>
        <translation>Den ausgewählten Alarm (oder die seines Knotens oder seines Clusters) eine Zeit lang mit Begründung nirgendwohin mehr senden: während einer Wartung oder während jemand daran arbeitet. Er bleibt aufgelistet, als stummgeschaltet markiert.</translation>
    </message>
    <message>
        <source>&amp;End silence</source>
        <translation>Stummschaltung &amp;aufheben</translation>
    </message>
    <message>
        <source>End the silence that covers the selected alert now: it is sent again if it still fires.</source>
        <translation>Die Stummschaltung, die den ausgewählten Alarm abdeckt, jetzt beenden: Er wird wieder gesendet, falls er noch aktiv ist.</translation>
    </message>
</context>
<context>
    <name>pgv::BackupCatalogModel</name>
    <message>
        <source>In the pgBackRest repository</source>
        <translation>Im pgBackRest-Repository</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>checksum errors</source>
        <translation>Prüfsummenfehler</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>LSN range</source>
        <translation>LSN-Bereich</translation>
    </message>
    <message>
        <source>WAL range</source>
        <translation>WAL-Bereich</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>pgv::BackupController</name>
    <message>
        <source>Open a lab to see and take its backups.</source>
        <translation>Öffnen Sie ein Labor, um seine Backups zu sehen und zu erstellen.</translation>
    </message>
    <message>
        <source>%1 is not a lab. PostgresVerse takes and restores backups of the labs it runs; for other clusters use their backup tooling (pgBackRest, Barman) on their hosts.</source>
        <translation>%1 ist kein Labor. PostgresVerse erstellt und stellt Backups der Labore wieder her, die es betreibt; für andere Cluster verwenden Sie deren Backup-Werkzeuge (pgBackRest, Barman) auf ihren Hosts.</translation>
    </message>
    <message>
        <source>Restored server</source>
        <translation>Wiederhergestellter Server</translation>
    </message>
    <message>
        <source>The restored server runs, but no profile could be saved for it: %1</source>
        <translation>Der wiederhergestellte Server läuft, aber für ihn konnte kein Profil gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Verifying every backup… (pg_verifybackup, pgbackrest verify)</source>
        <translation>Prüfe alle Backups … (pg_verifybackup, pgbackrest verify)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>No backups to verify.</source>
        <translation>Keine Backups zu prüfen.</translation>
    </message>
    <message>
        <source>Backup verification</source>
        <translation>Backup-Prüfung</translation>
    </message>
</context>
<context>
    <name>pgv::BackupOverview</name>
    <message>
        <source>no primary is running</source>
        <translation>kein Primary läuft</translation>
    </message>
</context>
<context>
    <name>pgv::BackupPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>A full pgBackRest backup (pg_basebackup when pgBackRest is not installed) — Ctrl+B</source>
        <translation>Ein vollständiges pgBackRest-Backup (pg_basebackup, wenn pgBackRest nicht installiert ist) — Strg+B</translation>
    </message>
    <message>
        <source>pgBackRest: &amp;full</source>
        <translation>pgBackRest: &amp;vollständig</translation>
    </message>
    <message>
        <source>pgBackRest: &amp;differential</source>
        <translation>pgBackRest: &amp;differenziell</translation>
    </message>
    <message>
        <source>pgBackRest: &amp;incremental</source>
        <translation>pgBackRest: &amp;inkrementell</translation>
    </message>
    <message>
        <source>pg_&amp;basebackup (a plain copy, verified)</source>
        <translation>pg_&amp;basebackup (eine einfache Kopie, geprüft)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>pg_verifybackup of each base backup and pgbackrest verify of the repository</source>
        <translation>pg_verifybackup für jedes Basis-Backup und pgbackrest verify für das Repository</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore to a point in time into a separate server (Ctrl+Shift+R); or click a time on the timeline</source>
        <translation>Zu einem Zeitpunkt in einen separaten Server wiederherstellen (Strg+Umschalt+R); oder klicken Sie auf einen Zeitpunkt in der Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Expire…</source>
        <translation>Ab&amp;laufen lassen …</translation>
    </message>
    <message>
        <source>Remove pgBackRest backups beyond the two newest full ones</source>
        <translation>pgBackRest-Backups jenseits der zwei neuesten vollständigen entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Copy catalogue</source>
        <translation>Katalog k&amp;opieren</translation>
    </message>
    <message>
        <source>Backups by tool and the recoverable window (green). Click inside the window to restore to that time.</source>
        <translation>Backups nach Werkzeug und der wiederherstellbare Zeitraum (grün). Klicken Sie in den Zeitraum, um zu diesem Zeitpunkt wiederherzustellen.</translation>
    </message>
    <message>
        <source>Open a lab to see and take its backups.</source>
        <translation>Öffnen Sie ein Labor, um seine Backups zu sehen und zu erstellen.</translation>
    </message>
    <message>
        <source>Reading the backup catalogue…</source>
        <translation>Lese den Backup-Katalog …</translation>
    </message>
    <message>
        <source>&lt;b&gt;WAL archiving fails&lt;/b&gt; since %1 (%2; %3 failures): the newest changes cannot be restored.</source>
        <translation>&lt;b&gt;WAL-Archivierung schlägt fehl&lt;/b&gt; seit %1 (%2; %3 Fehlschläge): Die neuesten Änderungen können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>WAL archiving works: %1 segments, the last (%2) at %3.</source>
        <translation>WAL-Archivierung funktioniert: %1 Segmente, das letzte (%2) um %3.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>WAL archiving: unknown (%1).</source>
        <translation>WAL-Archivierung: unbekannt (%1).</translation>
    </message>
    <message>
        <source>Point-in-time recovery: %1.</source>
        <translation>Point-in-Time-Recovery: %1.</translation>
    </message>
    <message>
        <source>pgBackRest is not installed (apt install pgbackrest): only pg_basebackup copies can be taken, and no point-in-time restore.</source>
        <translation>pgBackRest ist nicht installiert (apt install pgbackrest): Es können nur pg_basebackup-Kopien erstellt werden, und es gibt keine Wiederherstellung zu einem Zeitpunkt.</translation>
    </message>
    <message>
        <source>pgBackRest: %1</source>
        <translation>pgBackRest: %1</translation>
    </message>
    <message>
        <source>The profile is read-only: it looks, it never acts.</source>
        <translation>Das Profil ist schreibgeschützt: Es beobachtet nur, es handelt nie.</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
</context>
<context>
    <name>pgv::BackupVerification</name>
    <message>
        <source>tar format: pg_verifybackup 15 reads plain backups only</source>
        <translation>tar-Format: pg_verifybackup 15 liest nur einfache (plain) Backups</translation>
    </message>
    <message>
        <source>no primary answers: its timeline is unknown</source>
        <translation>kein Primary antwortet: Seine Timeline ist unbekannt</translation>
    </message>
    <message>
        <source>the history of every timeline up to %1 is archived</source>
        <translation>der Verlauf jeder Timeline bis %1 ist archiviert</translation>
    </message>
    <message>
        <source>the repository lacks %1: a restore cannot follow the cluster onto timeline %2 and stops before it. Archive it again from the primary&apos;s pg_wal (pgbackrest archive-push).</source>
        <translation>dem Repository fehlt %1: Eine Wiederherstellung kann dem Cluster nicht auf Timeline %2 folgen und endet davor. Archivieren Sie die Datei erneut aus dem pg_wal des Primary (pgbackrest archive-push).</translation>
    </message>
    <message>
        <source>every WAL segment from %1 on is archived</source>
        <translation>jedes WAL-Segment ab %1 ist archiviert</translation>
    </message>
    <message>
        <source>the repository lacks WAL segment %1: no restore gets past it, so the recoverable window ends at %2. Take a new full backup.</source>
        <translation>dem Repository fehlt das WAL-Segment %1: Keine Wiederherstellung kommt darüber hinaus, daher endet der wiederherstellbare Zeitraum bei %2. Erstellen Sie ein neues Voll-Backup.</translation>
    </message>
    <message>
        <source>the backup&apos;s end</source>
        <translation>das Ende des Backups</translation>
    </message>
</context>
<context>
    <name>pgv::BlockingTreeModel</name>
    <message>
        <source>a prepared transaction</source>
        <translation>eine vorbereitete Transaktion</translation>
    </message>
    <message>
        <source>prepared %1</source>
        <translation>vorbereitet %1</translation>
    </message>
    <message>
        <source>pid %1 (deadlock)</source>
        <translation>PID %1 (Deadlock)</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>holds: %1</source>
        <translation>hält: %1</translation>
    </message>
    <message>
        <source>A prepared transaction has no session to signal: COMMIT PREPARED or ROLLBACK PREPARED ends it.</source>
        <translation>Eine vorbereitete Transaktion hat keine Sitzung, die ein Signal erhalten könnte: COMMIT PREPARED oder ROLLBACK PREPARED beendet sie.</translation>
    </message>
    <message>
        <source>Also waits for %1 (holders or sessions queued ahead for the same lock).</source>
        <translation>Wartet auch auf %1 (Halter oder Sitzungen, die vor ihr auf dieselbe Sperre warten).</translation>
    </message>
    <message numerus="yes">
        <source>Root blocker: ending it unblocks %n session(s).</source>
        <translation>
            <numerusform>Wurzelblockierer: Sein Ende gibt %n Sitzung frei.</numerusform>
            <numerusform>Wurzelblockierer: Sein Ende gibt %n Sitzungen frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>pgv::ClusterSession</name>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Profile %1, pooler %2: %3</source>
        <translation>Profil %1, Pooler %2: %3</translation>
    </message>
</context>
<context>
    <name>pgv::Explain</name>
    <message>
        <source>The explain history %1 is locked by another process.</source>
        <translation>Der EXPLAIN-Verlauf %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>Type a statement to explain.</source>
        <translation>Geben Sie eine Anweisung ein, die erklärt werden soll.</translation>
    </message>
    <message>
        <source>The editor holds %1 statements: EXPLAIN takes one. Select or keep only the statement to explain.</source>
        <translation>Der Editor enthält %1 Anweisungen: EXPLAIN nimmt nur eine. Markieren oder behalten Sie nur die zu erklärende Anweisung.</translation>
    </message>
    <message>
        <source>Remove the EXPLAIN keyword and its options from the statement: the options next to the editor set them.</source>
        <translation>Entfernen Sie das Schlüsselwort EXPLAIN und seine Optionen aus der Anweisung: Die Optionen neben dem Editor legen sie fest.</translation>
    </message>
    <message>
        <source>%1 statements cannot be explained. EXPLAIN works on SELECT, INSERT, UPDATE, DELETE, MERGE, VALUES, EXECUTE, DECLARE and CREATE TABLE … AS.</source>
        <translation>%1-Anweisungen können nicht erklärt werden. EXPLAIN funktioniert mit SELECT, INSERT, UPDATE, DELETE, MERGE, VALUES, EXECUTE, DECLARE und CREATE TABLE … AS.</translation>
    </message>
    <message>
        <source>Replace the parameters %1 with values first: EXPLAIN needs a complete statement.</source>
        <translation>Ersetzen Sie zuerst die Parameter %1 durch Werte: EXPLAIN benötigt eine vollständige Anweisung.</translation>
    </message>
    <message>
        <source>WAL needs ANALYZE: only a statement that runs writes WAL.</source>
        <translation>WAL erfordert ANALYZE: Nur eine ausgeführte Anweisung schreibt WAL.</translation>
    </message>
    <message>
        <source>Turning TIMING off only means something with ANALYZE.</source>
        <translation>TIMING auszuschalten hat nur mit ANALYZE eine Bedeutung.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in this database. Run CREATE EXTENSION pg_stat_statements; on the primary (the server also needs shared_preload_libraries = &apos;pg_stat_statements&apos; and a restart).</source>
        <translation>pg_stat_statements ist in dieser Datenbank nicht installiert. Führen Sie CREATE EXTENSION pg_stat_statements; auf dem Primary aus (der Server benötigt außerdem shared_preload_libraries = &apos;pg_stat_statements&apos; und einen Neustart).</translation>
    </message>
    <message>
        <source>Add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart the server.</source>
        <translation>Fügen Sie pg_stat_statements zu shared_preload_libraries in postgresql.conf hinzu und starten Sie den Server neu.</translation>
    </message>
</context>
<context>
    <name>pgv::ExplainController</name>
    <message>
        <source>%1 is not a node of the open cluster any more. Choose another node.</source>
        <translation>%1 ist kein Knoten des geöffneten Clusters mehr. Wählen Sie einen anderen Knoten.</translation>
    </message>
    <message>
        <source>(The history could not be saved: %1)</source>
        <translation>(Der Verlauf konnte nicht gespeichert werden: %1)</translation>
    </message>
    <message>
        <source>Open a cluster and choose a node first.</source>
        <translation>Öffnen Sie zuerst einen Cluster und wählen Sie einen Knoten.</translation>
    </message>
</context>
<context>
    <name>pgv::ExplainHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
</context>
<context>
    <name>pgv::ExplainPane</name>
    <message>
        <source>&amp;ANALYZE</source>
        <translation>&amp;ANALYZE</translation>
    </message>
    <message>
        <source>&amp;BUFFERS</source>
        <translation>&amp;BUFFERS</translation>
    </message>
    <message>
        <source>&amp;VERBOSE</source>
        <translation>&amp;VERBOSE</translation>
    </message>
    <message>
        <source>SE&amp;TTINGS</source>
        <translation>SE&amp;TTINGS</translation>
    </message>
    <message>
        <source>&amp;WAL</source>
        <translation>&amp;WAL</translation>
    </message>
    <message>
        <source>TI&amp;MING</source>
        <translation>TI&amp;MING</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>SELECT … — the statement to explain. Ctrl+Return runs it on the chosen node; it always runs in a transaction that is rolled back.</source>
        <translation>SELECT … – die zu erklärende Anweisung. Strg+Eingabe führt sie auf dem gewählten Knoten aus; sie läuft immer in einer Transaktion, die zurückgerollt wird.</translation>
    </message>
    <message>
        <source>The node EXPLAIN runs on. Standbys only explain reads.</source>
        <translation>Der Knoten, auf dem EXPLAIN läuft. Standbys erklären nur Lesezugriffe.</translation>
    </message>
    <message>
        <source>Run the statement and report actual times and rows (in a transaction that is rolled back).</source>
        <translation>Die Anweisung ausführen und tatsächliche Zeiten und Zeilen melden (in einer Transaktion, die zurückgerollt wird).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>statement_timeout for this run; Cancel stops it at any time.</source>
        <translation>statement_timeout für diese Ausführung; Abbrechen stoppt sie jederzeit.</translation>
    </message>
    <message>
        <source>Run EXPLAIN (Ctrl+Return)</source>
        <translation>EXPLAIN ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel the running statement on the server (Esc)</source>
        <translation>Die laufende Anweisung auf dem Server abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitüberschreitung:</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>A&amp;nweisung</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Top statements</source>
        <translation>&amp;Top-Anweisungen</translation>
    </message>
    <message>
        <source>Double-click or Enter shows the run&apos;s plan; the statement goes back into the editor.</source>
        <translation>Doppelklick oder Eingabe zeigt den Plan der Ausführung; die Anweisung wird zurück in den Editor übernommen.</translation>
    </message>
    <message>
        <source>Show &amp;plan</source>
        <translation>&amp;Plan anzeigen</translation>
    </message>
    <message>
        <source>&amp;Edit statement</source>
        <translation>Anweisung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>pg_stat_statements of the chosen node. Double-click puts a statement into the editor; replace its $1, $2… with values before running it.</source>
        <translation>pg_stat_statements des gewählten Knotens. Doppelklick übernimmt eine Anweisung in den Editor; ersetzen Sie vor der Ausführung ihre $1, $2 … durch Werte.</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Shared blocks</source>
        <translation>Shared Blocks</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reading pg_stat_statements on %1…</source>
        <translation>Lese pg_stat_statements auf %1 …</translation>
    </message>
    <message>
        <source>Top 50 by:</source>
        <translation>Top 50 nach:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Running on %1… %2 s</source>
        <translation>Läuft auf %1 … %2 s</translation>
    </message>
    <message>
        <source>Ran on %1 (%2) in %3 s; rolled back.</source>
        <translation>Auf %1 (%2) in %3 s ausgeführt; zurückgerollt.</translation>
    </message>
    <message>
        <source>Planned on %1 (%2) in %3 s.</source>
        <translation>Auf %1 (%2) in %3 s geplant.</translation>
    </message>
    <message>
        <source>Cancelled after %1 s; nothing was kept.</source>
        <translation>Nach %1 s abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Stopped by statement_timeout after %1 s. Raise the timeout or explain without ANALYZE.</source>
        <translation>Nach %1 s durch statement_timeout gestoppt. Erhöhen Sie das Zeitlimit oder erklären Sie ohne ANALYZE.</translation>
    </message>
    <message>
        <source>Statements shown: %1</source>
        <translation>Angezeigte Anweisungen: %1</translation>
    </message>
    <message>
        <source>Open a cluster (or create a lab) to run EXPLAIN on one of its nodes.</source>
        <translation>Öffnen Sie einen Cluster (oder legen Sie ein Labor an), um EXPLAIN auf einem seiner Knoten auszuführen.</translation>
    </message>
    <message>
        <source>This profile is read-only: it never runs a statement that writes, not even rolled back. Turn ANALYZE off to see the plan without running it.</source>
        <translation>Dieses Profil ist schreibgeschützt: Es führt nie eine schreibende Anweisung aus, auch nicht zurückgerollt. Schalten Sie ANALYZE aus, um den Plan zu sehen, ohne die Anweisung auszuführen.</translation>
    </message>
    <message>
        <source>ANALYZE runs this statement for real, in a transaction that is rolled back: its locks are taken and triggers fire, and sequences it advances stay advanced.</source>
        <translation>ANALYZE führt diese Anweisung tatsächlich aus, in einer Transaktion, die zurückgerollt wird: Ihre Sperren werden gesetzt, Trigger werden ausgelöst, und von ihr weitergezählte Sequenzen bleiben weitergezählt.</translation>
    </message>
    <message>
        <source>The database the statement runs in; empty: the one the cluster&apos;s connection names</source>
        <translation>Die Datenbank, in der die Anweisung läuft; leer: die, die die Verbindung des Clusters nennt</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Run this %1 for real?</source>
        <translation>Dieses %1 wirklich ausführen?</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement on %1 to measure it. It runs in a transaction that is rolled back, so its changes do not stay, but it takes its locks (other sessions may wait), fires triggers, and advances sequences for good.</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung auf %1 aus, um sie zu messen. Sie läuft in einer Transaktion, die zurückgerollt wird, ihre Änderungen bleiben also nicht; aber sie nimmt ihre Sperren (andere Sitzungen warten womöglich), löst Trigger aus und setzt Sequenzen endgültig weiter.</translation>
    </message>
    <message>
        <source>Turn ANALYZE off to see the plan without running the statement.</source>
        <translation>Schalten Sie ANALYZE aus, um den Plan zu sehen, ohne die Anweisung auszuführen.</translation>
    </message>
    <message>
        <source>Run and roll back</source>
        <translation>Ausführen und zurückrollen</translation>
    </message>
</context>
<context>
    <name>pgv::HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>In the views</source>
        <translation>In den Ansichten</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Topology: move between node cards</source>
        <translation>Topologie: zwischen Knotenkarten wechseln</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Menütaste</translation>
    </message>
    <message>
        <source>Topology: the selected card&apos;s menu</source>
        <translation>Topologie: Menü der ausgewählten Karte</translation>
    </message>
    <message>
        <source>Ctrl+wheel, Ctrl++, Ctrl+−</source>
        <translation>Strg+Mausrad, Strg++, Strg+−</translation>
    </message>
    <message>
        <source>Topology and plan diagram: zoom</source>
        <translation>Topologie und Plandiagramm: zoomen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Strg+0</translation>
    </message>
    <message>
        <source>Topology: fit the graph to the page again</source>
        <translation>Topologie: Graph wieder an die Seite anpassen</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Strg+C</translation>
    </message>
    <message>
        <source>Details, problems, alerts, tables: copy what is selected</source>
        <translation>Details, Probleme, Alarme, Tabellen: Auswahl kopieren</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Plans: filter the tree by node label</source>
        <translation>Pläne: Baum nach Knotenbezeichnung filtern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Strg+Umschalt+C</translation>
    </message>
    <message>
        <source>Plans: copy the selected node&apos;s subtree as psql prints it</source>
        <translation>Pläne: Teilbaum des ausgewählten Knotens so kopieren, wie psql ihn ausgibt</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Plans: show or hide the EXPLAIN runner</source>
        <translation>Pläne: EXPLAIN-Runner ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Strg+Umschalt+F</translation>
    </message>
    <message>
        <source>Lag chart: follow the newest data again</source>
        <translation>Verzögerungsdiagramm: wieder den neuesten Daten folgen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Strg+Umschalt+E</translation>
    </message>
    <message>
        <source>Lag chart: export as PNG, PDF or CSV</source>
        <translation>Verzögerungsdiagramm: als PNG, PDF oder CSV exportieren</translation>
    </message>
    <message>
        <source>Problems and what to do</source>
        <translation>Probleme und was zu tun ist</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>PostgresVerse guide</source>
        <translation>PostgresVerse-Handbuch</translation>
    </message>
</context>
<context>
    <name>pgv::HorizonModel</name>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>prepared transaction</source>
        <translation>vorbereitete Transaktion</translation>
    </message>
    <message>
        <source>replication slot</source>
        <translation>Replikations-Slot</translation>
    </message>
    <message>
        <source>standby feedback</source>
        <translation>Standby-Feedback</translation>
    </message>
    <message>
        <source>Oldest xmin of the cluster: %1 on %2, %3 transactions old%4 — held by %5 (%6).</source>
        <translation>Ältestes xmin des Clusters: %1 auf %2, %3 Transaktionen alt%4 — gehalten von %5 (%6).</translation>
    </message>
    <message>
        <source>, open %1</source>
        <translation>, offen seit %1</translation>
    </message>
    <message>
        <source>Nothing holds the xmin horizon back: VACUUM can remove every dead row no transaction still sees.</source>
        <translation>Nichts hält den xmin-Horizont zurück: VACUUM kann jede tote Zeile entfernen, die keine Transaktion mehr sieht.</translation>
    </message>
    <message>
        <source>%1 (catalogs only)</source>
        <translation>%1 (nur Kataloge)</translation>
    </message>
    <message>
        <source>%1  ← oldest</source>
        <translation>%1  ← ältestes</translation>
    </message>
    <message>
        <source>A session&apos;s snapshot or open transaction: commit, roll back or end it.</source>
        <translation>Der Snapshot oder die offene Transaktion einer Sitzung: festschreiben, zurückrollen oder die Sitzung beenden.</translation>
    </message>
    <message>
        <source>A prepared transaction: COMMIT PREPARED or ROLLBACK PREPARED ends it; no signal does.</source>
        <translation>Eine vorbereitete Transaktion: COMMIT PREPARED oder ROLLBACK PREPARED beendet sie, kein Signal.</translation>
    </message>
    <message>
        <source>A logical slot&apos;s catalog_xmin holds back the system catalogs only; drop the slot or let its consumer catch up.</source>
        <translation>Das catalog_xmin eines logischen Slots hält nur die Systemkataloge zurück; löschen Sie den Slot oder lassen Sie seinen Verbraucher aufholen.</translation>
    </message>
    <message>
        <source>A slot&apos;s xmin: the standby&apos;s hot_standby_feedback, kept while the standby is away. Drop the slot if the standby is gone for good.</source>
        <translation>Das xmin eines Slots: das hot_standby_feedback des Standbys, gehalten, solange der Standby fehlt. Löschen Sie den Slot, wenn der Standby dauerhaft weg ist.</translation>
    </message>
    <message>
        <source>A standby&apos;s hot_standby_feedback: the oldest query running on that standby.</source>
        <translation>Das hot_standby_feedback eines Standbys: die älteste Abfrage, die auf diesem Standby läuft.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Halter</translation>
    </message>
    <message>
        <source>xmin</source>
        <translation>xmin</translation>
    </message>
    <message>
        <source>Age (transactions)</source>
        <translation>Alter (Transaktionen)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>pgv::Lab</name>
    <message>
        <source>The lab has no node named &quot;%1&quot;.</source>
        <translation>Das Labor hat keinen Knoten namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot start %1: port %2 on 127.0.0.1 is already in use by another program.</source>
        <translation>%1 kann nicht gestartet werden: Port %2 auf 127.0.0.1 wird bereits von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>%1 failed to start. Last lines of its log (%2):
%3</source>
        <translation>%1 konnte nicht gestartet werden. Letzte Zeilen seines Protokolls (%2):
%3</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>Stoppe %1</translation>
    </message>
    <message>
        <source>Starting %1 on port %2…</source>
        <translation>Starte %1 auf Port %2 …</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Stoppe %1 …</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not append to %1: %2</source>
        <translation>An %1 konnte nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>SQL on %1 failed: %2</source>
        <translation>SQL auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Lab creation cancelled; nothing was kept.</source>
        <translation>Anlegen des Labors abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>A lab has between 0 and 9 standbys (asked for %1).</source>
        <translation>Ein Labor hat zwischen 0 und 9 Standbys (angefordert: %1).</translation>
    </message>
    <message>
        <source>%1 exists, is not empty and is not a lab. Choose a new or empty folder with --dir.</source>
        <translation>%1 existiert, ist nicht leer und ist kein Labor. Wählen Sie mit --dir einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>The servers run as user %1, who cannot enter %2. Choose a lab folder %1 can reach, such as one under /var/tmp.</source>
        <translation>Die Server laufen als Benutzer %1, der %2 nicht betreten kann. Wählen Sie einen Laborordner, den %1 erreichen kann, etwa einen unter /var/tmp.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another base port with --port%2.</source>
        <translation>Port %1 auf 127.0.0.1 wird bereits verwendet. Wählen Sie mit --port%2 einen anderen Basisport.</translation>
    </message>
    <message>
        <source>, for example --port %1</source>
        <translation>, zum Beispiel --port %1</translation>
    </message>
    <message>
        <source>No %1 consecutive free ports were found on 127.0.0.1.</source>
        <translation>Auf 127.0.0.1 wurden keine %1 aufeinanderfolgenden freien Ports gefunden.</translation>
    </message>
    <message>
        <source>Could not create %1; check that the parent folder is writable.</source>
        <translation>%1 konnte nicht angelegt werden; prüfen Sie, ob der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists for another cluster. Give the lab another name with --name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits für einen anderen Cluster. Geben Sie dem Labor mit --name einen anderen Namen.</translation>
    </message>
    <message>
        <source>Creating %1 with initdb…</source>
        <translation>Lege %1 mit initdb an …</translation>
    </message>
    <message>
        <source>Starting %1 (primary) on port %2…</source>
        <translation>Starte %1 (Primary) auf Port %2 …</translation>
    </message>
    <message>
        <source>Creating the replication and monitoring roles…</source>
        <translation>Lege die Replikations- und Monitoring-Rollen an …</translation>
    </message>
    <message>
        <source>Cloning %1 from %2 with pg_basebackup…</source>
        <translation>Klone %1 von %2 mit pg_basebackup …</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Starting %1 (standby) on port %2…</source>
        <translation>Starte %1 (Standby) auf Port %2 …</translation>
    </message>
    <message>
        <source>Waiting for %1 standbys to stream…</source>
        <translation>Warte, bis %1 Standbys streamen …</translation>
    </message>
    <message>
        <source>Only %1 of %2 standbys were streaming after 60 s; see the logs in %3.</source>
        <translation>Nach 60 s streamten nur %1 von %2 Standbys; siehe die Protokolle in %3.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Entferne %1 …</translation>
    </message>
    <message>
        <source>Could not remove every file of %1.</source>
        <translation>Nicht alle Dateien von %1 konnten entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is fenced: it was the primary before a failover and would be a second primary if it started now. Rejoin it as a standby with: pgversectl rejoin %1</source>
        <translation>%1 ist abgeschottet: Er war vor einem Failover der Primary und wäre ein zweiter Primary, wenn er jetzt startete. Binden Sie ihn als Standby wieder ein mit: pgversectl rejoin %1</translation>
    </message>
    <message>
        <source>Starting etcd on port %1…</source>
        <translation>Starte etcd auf Port %1 …</translation>
    </message>
    <message>
        <source>Leaving %1 stopped: it is fenced until it is rejoined (pgversectl rejoin %1).</source>
        <translation>%1 bleibt gestoppt: Er ist abgeschottet, bis er wieder eingebunden wird (pgversectl rejoin %1).</translation>
    </message>
    <message>
        <source>etcd is not installed; Patroni labs need it: apt-get install etcd-server</source>
        <translation>etcd ist nicht installiert; Patroni-Labore benötigen es: apt-get install etcd-server</translation>
    </message>
    <message>
        <source>etcd did not become healthy within 30 s; see %1/log/etcd.log</source>
        <translation>etcd wurde nicht innerhalb von 30 s betriebsbereit; siehe %1/log/etcd.log</translation>
    </message>
    <message>
        <source>patroni is not installed; Patroni labs need it: apt-get install patroni</source>
        <translation>patroni ist nicht installiert; Patroni-Labore benötigen es: apt-get install patroni</translation>
    </message>
    <message>
        <source>Could not record the PID of %1&apos;s patroni in %2</source>
        <translation>Die PID des Patroni-Prozesses von %1 konnte nicht in %2 festgehalten werden</translation>
    </message>
    <message>
        <source>patroni of %1 did not stop within 60 s; see %2</source>
        <translation>Patroni von %1 wurde nicht innerhalb von 60 s beendet; siehe %2</translation>
    </message>
    <message>
        <source>%1 is configured as a primary but %2 already runs as the primary: starting %1 would make two. Rejoin it as a standby with: pgversectl rejoin %1 (or pgversectl recover).</source>
        <translation>%1 ist als Primary konfiguriert, aber %2 läuft bereits als Primary: %1 zu starten würde zwei erzeugen. Binden Sie ihn als Standby wieder ein mit: pgversectl rejoin %1 (oder pgversectl recover).</translation>
    </message>
    <message>
        <source>Removed the profile %1 of a server restored from the lab (its folder and process, outside the lab, are left alone).</source>
        <translation>Das Profil %1 eines aus dem Labor wiederhergestellten Servers wurde entfernt (sein Ordner und sein Prozess liegen außerhalb des Labors und bleiben unberührt).</translation>
    </message>
    <message>
        <source>Starting %1 (subscriber) on port %2…</source>
        <translation>Starte %1 (Subskribent) auf Port %2…</translation>
    </message>
    <message>
        <source>Adding the subscriber of %1</source>
        <translation>Subskribent von %1 hinzufügen</translation>
    </message>
    <message>
        <source>Adding the subscriber was cancelled; its server was removed again.</source>
        <translation>Das Hinzufügen des Subskribenten wurde abgebrochen; sein Server wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>The lab already has a subscriber, %1 on port %2.</source>
        <translation>Das Labor hat bereits einen Subskribenten, %1 auf Port %2.</translation>
    </message>
    <message>
        <source>No node of the lab runs as the primary; start the lab first (pgversectl lab start).</source>
        <translation>Kein Knoten des Labors läuft als Primary; starten Sie zuerst das Labor (pgversectl lab start).</translation>
    </message>
    <message>
        <source>No free port was found on 127.0.0.1 for the subscriber.</source>
        <translation>Auf 127.0.0.1 wurde kein freier Port für den Subskribenten gefunden.</translation>
    </message>
    <message>
        <source>The lab&apos;s password file %1 holds no password for %2; the subscriber cannot be given the same one.</source>
        <translation>Die Passwortdatei %1 des Labors enthält kein Passwort für %2; der Subskribent kann nicht dasselbe bekommen.</translation>
    </message>
    <message>
        <source>Setting wal_level = logical on every node and restarting them (it was %1)…</source>
        <translation>Setze wal_level = logical auf jedem Knoten und starte sie neu (bisher %1)…</translation>
    </message>
    <message>
        <source>Creating the database %1, %2 and the publication %3 on %4…</source>
        <translation>Lege die Datenbank %1, %2 und die Publikation %3 auf %4 an…</translation>
    </message>
    <message>
        <source>Creating %1 (subscriber) with initdb…</source>
        <translation>Lege %1 (Subskribent) mit initdb an…</translation>
    </message>
    <message>
        <source>Subscribing %1 to %2 on %3…</source>
        <translation>Abonniere mit %1 die Publikation %2 auf %3…</translation>
    </message>
    <message>
        <source>Waiting for %1 to copy the table and stream…</source>
        <translation>Warte, bis %1 die Tabelle kopiert hat und streamt…</translation>
    </message>
    <message>
        <source>%1 did not synchronise its table and stream within %2 s%3. Last lines of its log:
%4</source>
        <translation>%1 hat seine Tabelle nicht innerhalb von %2 s synchronisiert und streamt nicht%3. Letzte Zeilen seines Protokolls:
%4</translation>
    </message>
    <message>
        <source>Waiting for Patroni to make the permanent slot %1 on %2…</source>
        <translation>Warte, bis Patroni den permanenten Slot %1 auf %2 anlegt…</translation>
    </message>
    <message>
        <source>Patroni did not make the permanent slot %1 on %2 within %3 s. Last lines of its log:
%4</source>
        <translation>Patroni hat den permanenten Slot %1 auf %2 nicht innerhalb von %3 s angelegt. Letzte Zeilen seines Protokolls:
%4</translation>
    </message>
    <message>
        <source>No Patroni member of %1 answers on its REST API: start the lab first (pgversectl lab start).</source>
        <translation>Kein Patroni-Mitglied von %1 antwortet über seine REST-API: Starten Sie zuerst das Labor (pgversectl lab start).</translation>
    </message>
    <message>
        <source>Patroni did not take the permanent slot %1: %2</source>
        <translation>Patroni hat den permanenten Slot %1 nicht übernommen: %2</translation>
    </message>
    <message>
        <source>Setting wal_level = logical through Patroni and restarting every member…</source>
        <translation>Setze wal_level = logical über Patroni und starte jedes Mitglied neu…</translation>
    </message>
    <message>
        <source>Patroni reports no leader for %1: restart the members by hand (patronictl restart).</source>
        <translation>Patroni meldet keinen Leader für %1: Starten Sie die Mitglieder von Hand neu (patronictl restart).</translation>
    </message>
    <message>
        <source>Patroni did not ask %1 for a restart within 30 s after wal_level changed.</source>
        <translation>Patroni hat für %1 nicht innerhalb von 30 s nach der Änderung von wal_level einen Neustart angefordert.</translation>
    </message>
    <message>
        <source>Restarting %1 through Patroni failed: %2</source>
        <translation>Neustart von %1 über Patroni fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: it is hung or overloaded (see pgversectl lab status)</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet: der Server hängt oder ist überlastet (siehe pgversectl lab status)</translation>
    </message>
    <message>
        <source>Starting %1 (PgBouncer) on port %2, routing to %3…</source>
        <translation>Starte %1 (PgBouncer) auf Port %2, leitet an %3 weiter …</translation>
    </message>
    <message>
        <source>pgbouncer is not installed; lab poolers need it: apt-get install pgbouncer (or scripts/install-deps)</source>
        <translation>pgbouncer ist nicht installiert; Labor-Pooler benötigen es: apt-get install pgbouncer (oder scripts/install-deps)</translation>
    </message>
    <message>
        <source>Could not record the PID of %1 in %2</source>
        <translation>Die PID von %1 konnte nicht in %2 festgehalten werden</translation>
    </message>
    <message>
        <source>%1 did not start answering on port %2 within %3 s (%4). Last lines of its log (%5):
%6</source>
        <translation>%1 hat nicht innerhalb von %3 s begonnen, auf Port %2 zu antworten (%4). Letzte Zeilen seines Protokolls (%5):
%6</translation>
    </message>
    <message>
        <source>%1 (PID %2) did not stop; see %3</source>
        <translation>%1 (PID %2) hat sich nicht beendet; siehe %3</translation>
    </message>
    <message>
        <source>Adding poolers to %1</source>
        <translation>Füge Pooler zu %1 hinzu</translation>
    </message>
    <message>
        <source>A lab takes 1 to 8 poolers at a time, not %1.</source>
        <translation>Ein Labor nimmt 1 bis 8 Pooler auf einmal auf, nicht %1.</translation>
    </message>
    <message>
        <source>The lab&apos;s password file %1 holds no password for %2; the poolers could not log in for it.</source>
        <translation>Die Passwortdatei %1 des Labors enthält kein Passwort für %2; die Pooler könnten sich nicht als dieser Benutzer anmelden.</translation>
    </message>
    <message>
        <source>No %1 free ports were found on 127.0.0.1 for the poolers.</source>
        <translation>Auf 127.0.0.1 wurden keine %1 freien Ports für die Pooler gefunden.</translation>
    </message>
    <message>
        <source>Starting %1 (PgBouncer, transaction pooling) on port %2, routing to %3…</source>
        <translation>Starte %1 (PgBouncer, Transaction-Pooling) auf Port %2, leitet an %3 weiter …</translation>
    </message>
    <message>
        <source>Adding the poolers was cancelled; they were removed again.</source>
        <translation>Das Hinzufügen der Pooler wurde abgebrochen; sie wurden wieder entfernt.</translation>
    </message>
</context>
<context>
    <name>pgv::LabBaseBackup</name>
    <message>
        <source>pg_basebackup of lab %1 into %2</source>
        <translation>pg_basebackup von Labor %1 nach %2</translation>
    </message>
    <message>
        <source>pg_basebackup</source>
        <translation>pg_basebackup</translation>
    </message>
    <message>
        <source>%1 is missing: install postgresql-client.</source>
        <translation>%1 fehlt: Installieren Sie postgresql-client.</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>No primary of lab %1 is running: start the lab first.</source>
        <translation>Kein Primary von Labor %1 läuft: Starten Sie zuerst das Labor.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new folder.</source>
        <translation>%1 ist nicht leer: Wählen Sie einen neuen Ordner.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <source>%1 free, the databases take %2: free space or choose another disk.</source>
        <translation>%1 frei, die Datenbanken belegen %2: Geben Sie Speicherplatz frei oder wählen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>%1 free for about %2</source>
        <translation>%1 frei für etwa %2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Compression needs the tar format: a plain backup is a folder a server starts from.</source>
        <translation>Kompression erfordert das tar-Format: Ein einfaches Backup ist ein Ordner, aus dem ein Server startet.</translation>
    </message>
    <message>
        <source>Stream a base backup of %1</source>
        <translation>Ein Basis-Backup von %1 streamen</translation>
    </message>
    <message>
        <source>pg_basebackup -D %1 -F %2%3 -X stream -c fast --manifest-checksums=CRC32C; cancelling removes the partial copy</source>
        <translation>pg_basebackup -D %1 -F %2%3 -X stream -c fast --manifest-checksums=CRC32C; Abbrechen entfernt die unvollständige Kopie</translation>
    </message>
    <message>
        <source>Verify the backup</source>
        <translation>Das Backup prüfen</translation>
    </message>
    <message>
        <source>pg_verifybackup of PostgreSQL 15 reads plain backups only: the manifest is kept for a later check</source>
        <translation>pg_verifybackup von PostgreSQL 15 liest nur einfache (plain) Backups: Das Manifest wird für eine spätere Prüfung aufbewahrt</translation>
    </message>
    <message>
        <source>pg_verifybackup checks every file against the manifest and that the WAL needed is there</source>
        <translation>pg_verifybackup prüft jede Datei gegen das Manifest und ob das benötigte WAL vorhanden ist</translation>
    </message>
    <message>
        <source>The primary is gone.</source>
        <translation>Der Primary ist weg.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The partial backup in %1 was removed; the cluster is unchanged.</source>
        <translation>Das unvollständige Backup in %1 wurde entfernt; der Cluster ist unverändert.</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Backup abgebrochen.</translation>
    </message>
    <message>
        <source>tar backups cannot be verified by pg_verifybackup 15</source>
        <translation>tar-Backups können von pg_verifybackup 15 nicht geprüft werden</translation>
    </message>
    <message>
        <source>The backup in %1 did not verify: do not rely on it.</source>
        <translation>Das Backup in %1 hat die Prüfung nicht bestanden: Verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <source>Backup of %1 in %2 (%3).</source>
        <translation>Backup von %1 in %2 (%3).</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>backup_manifest written</source>
        <translation>backup_manifest geschrieben</translation>
    </message>
    <message>
        <source>%1 has no backup_manifest</source>
        <translation>%1 hat kein backup_manifest</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>pg_verifybackup found every file intact</source>
        <translation>pg_verifybackup hat jede Datei unversehrt gefunden</translation>
    </message>
    <message>
        <source>pg_verifybackup reported problems</source>
        <translation>pg_verifybackup hat Probleme gemeldet</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>fertig nach %1 s</translation>
    </message>
    <message>
        <source>%1 streamed in %2 s</source>
        <translation>%1 in %2 s übertragen</translation>
    </message>
</context>
<context>
    <name>pgv::LabController</name>
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
        <source>Creating lab</source>
        <translation>Labor wird angelegt</translation>
    </message>
    <message>
        <source>Starting lab</source>
        <translation>Labor wird gestartet</translation>
    </message>
    <message>
        <source>Stopping lab</source>
        <translation>Labor wird gestoppt</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Reading the lab</source>
        <translation>Lab wird gelesen</translation>
    </message>
    <message>
        <source>Shell setup copied: paste it into a terminal, then run psql or pgbench.</source>
        <translation>Shell-Einrichtung kopiert: Fügen Sie sie in ein Terminal ein und starten Sie dann psql oder pgbench.</translation>
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
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Lab folder</source>
        <translation>Laborordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation>der Name des Ordners</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Standbys:</source>
        <translation>&amp;Standbys:</translation>
    </message>
    <message>
        <source>first free from 55432</source>
        <translation>erster freier ab 55432</translation>
    </message>
    <message>
        <source>First &amp;port:</source>
        <translation>Erster &amp;Port:</translation>
    </message>
    <message>
        <source>A primary and its standbys are created with initdb and pg_basebackup on 127.0.0.1, with replication slots and WAL archiving into the lab folder. It takes a few seconds.</source>
        <translation>Ein Primary und seine Standbys werden mit initdb und pg_basebackup auf 127.0.0.1 angelegt, mit Replikationsslots und WAL-Archivierung in den Laborordner. Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>C&amp;reate and start</source>
        <translation>&amp;Anlegen und starten</translation>
    </message>
    <message>
        <source>Cancelling… (what was created is removed)</source>
        <translation>Breche ab … (bereits Angelegtes wird entfernt)</translation>
    </message>
    <message>
        <source>With an &amp;analytics subscriber</source>
        <translation>&amp;Mit einem Analytics-Subskribenten</translation>
    </message>
    <message>
        <source>Also a separate server &quot;analytics&quot; subscribing to orders_pub (database shop, table public.orders) on the primary: logical replication to watch, and switchovers that keep it whole. The nodes run with wal_level = logical.</source>
        <translation>Zusätzlich ein eigener Server „analytics“, der orders_pub (Datenbank shop, Tabelle public.orders) auf dem Primary abonniert: logische Replikation zum Beobachten und Switchovers, die ihn vollständig halten. Die Knoten laufen mit wal_level = logical.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>PgBouncers in front of the cluster (transaction pooling, routed to the primary): services pooler1, pooler2… in lab env, shown on the Pools page, paused and routed by every switchover so that their clients only wait.</source>
        <translation>PgBouncer vor dem Cluster (Transaction-Pooling, an den Primary weitergeleitet): Dienste pooler1, pooler2… in lab env, auf der Seite „Pools“ angezeigt, von jedem Switchover pausiert und umgeleitet, sodass ihre Clients nur warten.</translation>
    </message>
    <message>
        <source>P&amp;gBouncers:</source>
        <translation>P&amp;gBouncer:</translation>
    </message>
</context>
<context>
    <name>pgv::LabFailover</name>
    <message>
        <source>Failover of %1 to %2</source>
        <translation>Failover von %1 auf %2</translation>
    </message>
    <message>
        <source>the most advanced standby</source>
        <translation>der am weitesten fortgeschrittene Standby</translation>
    </message>
    <message>
        <source>Candidate is a node of the lab</source>
        <translation>Kandidat ist ein Knoten des Labors</translation>
    </message>
    <message>
        <source>the lab has no node &quot;%1&quot;</source>
        <translation>Das Labor hat keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>The primary is gone</source>
        <translation>Der Primary ist weg</translation>
    </message>
    <message>
        <source>%1 is up and accepts writes: a failover now would make two primaries. Use a switchover instead.</source>
        <translation>%1 läuft und nimmt Schreibzugriffe an: Ein Failover würde jetzt zwei Primaries erzeugen. Verwenden Sie stattdessen einen Switchover.</translation>
    </message>
    <message>
        <source>no node accepts writes</source>
        <translation>kein Knoten nimmt Schreibzugriffe an</translation>
    </message>
    <message>
        <source>Candidate is up</source>
        <translation>Kandidat läuft</translation>
    </message>
    <message>
        <source>no standby answers: there is nothing to promote</source>
        <translation>kein Standby antwortet: Es gibt nichts hochzustufen</translation>
    </message>
    <message>
        <source>%1 does not answer as a standby</source>
        <translation>%1 antwortet nicht als Standby</translation>
    </message>
    <message>
        <source>%1 answers as a standby</source>
        <translation>%1 antwortet als Standby</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>%1 received %2 more WAL than %3: promoting %3 loses it. Transactions %4 committed but had not sent are lost either way.</source>
        <translation>%1 hat %2 mehr WAL empfangen als %3: Wird %3 hochgestuft, geht das verloren. Transaktionen, die %4 bestätigt, aber nicht gesendet hatte, gehen in jedem Fall verloren.</translation>
    </message>
    <message>
        <source>%1 received the most WAL (%2); only what %3 committed but had not sent is lost</source>
        <translation>%1 hat das meiste WAL empfangen (%2); verloren geht nur, was %3 bestätigt, aber nicht gesendet hatte</translation>
    </message>
    <message>
        <source>Replay not paused</source>
        <translation>Replay nicht pausiert</translation>
    </message>
    <message>
        <source>replay is paused on %1: it is resumed before the promotion</source>
        <translation>Replay ist auf %1 pausiert: Es wird vor dem Hochstufen fortgesetzt</translation>
    </message>
    <message>
        <source>The old primary can be fenced</source>
        <translation>Der alte Primary kann abgeschottet werden</translation>
    </message>
    <message>
        <source>%1 runs on this machine: what is left of it is killed and it is kept from starting until it rejoins</source>
        <translation>%1 läuft auf diesem Rechner: Was von ihm übrig ist, wird beendet, und er wird am Starten gehindert, bis er wieder eingebunden wird</translation>
    </message>
    <message>
        <source>Fence %1</source>
        <translation>%1 abschotten</translation>
    </message>
    <message>
        <source>kill whatever is left of it and keep it from starting as a second primary</source>
        <translation>beenden, was von ihm übrig ist, und verhindern, dass er als zweiter Primary startet</translation>
    </message>
    <message>
        <source>Let %1 replay everything it received</source>
        <translation>%1 alles Empfangene einspielen lassen</translation>
    </message>
    <message>
        <source>resume replay if paused, then wait until replay reaches the received WAL</source>
        <translation>Replay fortsetzen, falls pausiert, dann warten, bis das Replay das empfangene WAL erreicht</translation>
    </message>
    <message>
        <source>Promote %1</source>
        <translation>%1 hochstufen</translation>
    </message>
    <message>
        <source>it accepts writes on a new timeline</source>
        <translation>er nimmt Schreibzugriffe auf einer neuen Timeline an</translation>
    </message>
    <message>
        <source>Checkpoint %1</source>
        <translation>Checkpoint auf %1</translation>
    </message>
    <message>
        <source>records the new timeline in its control file, as pg_rewind needs</source>
        <translation>hält die neue Timeline in seiner Steuerdatei fest, wie pg_rewind es benötigt</translation>
    </message>
    <message>
        <source>Create replication slots on %1</source>
        <translation>Replikationsslots auf %1 anlegen</translation>
    </message>
    <message>
        <source>Point the other standbys at %1</source>
        <translation>Die anderen Standbys auf %1 ausrichten</translation>
    </message>
    <message>
        <source>there are none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <source>Rejoin %1 as a standby</source>
        <translation>%1 als Standby wieder einbinden</translation>
    </message>
    <message>
        <source>pg_rewind from %1, then start it</source>
        <translation>pg_rewind von %1, dann starten</translation>
    </message>
    <message>
        <source>not asked for: it stays fenced; later: pgversectl rejoin %1</source>
        <translation>nicht angefordert: Er bleibt abgeschottet; später: pgversectl rejoin %1</translation>
    </message>
    <message>
        <source>Cancelled before anything changed.</source>
        <translation>Abgebrochen, bevor sich etwas geändert hat.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>failover to %1</source>
        <translation>Failover auf %1</translation>
    </message>
    <message>
        <source>Nothing else was changed; %1 may still be running.</source>
        <translation>Sonst wurde nichts geändert; %1 läuft möglicherweise noch.</translation>
    </message>
    <message>
        <source>%1 is fenced and no node accepts writes yet: promote %2 by hand or run the failover again.</source>
        <translation>%1 ist abgeschottet, und noch nimmt kein Knoten Schreibzugriffe an: Stufen Sie %2 von Hand hoch oder führen Sie den Failover erneut aus.</translation>
    </message>
    <message>
        <source>%1 is the new primary and accepts writes; %2 is fenced.</source>
        <translation>%1 ist der neue Primary und nimmt Schreibzugriffe an; %2 ist abgeschottet.</translation>
    </message>
    <message>
        <source>timeline %1</source>
        <translation>Timeline %1</translation>
    </message>
    <message>
        <source>%1 stays fenced</source>
        <translation>%1 bleibt abgeschottet</translation>
    </message>
    <message>
        <source>rejoin after failover failed</source>
        <translation>Rejoin nach dem Failover fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rejoining %1 failed: see its log, then run pgversectl rejoin %1.</source>
        <translation>Rejoin von %1 fehlgeschlagen: Sehen Sie sich sein Protokoll an und führen Sie dann pgversectl rejoin %1 aus.</translation>
    </message>
    <message>
        <source>%1 is the primary on timeline %2.</source>
        <translation>%1 ist der Primary auf Timeline %2.</translation>
    </message>
    <message>
        <source>%1 is fenced</source>
        <translation>%1 ist abgeschottet</translation>
    </message>
    <message>
        <source>stopped, and kept from starting until it rejoins</source>
        <translation>gestoppt und am Starten gehindert, bis er wieder eingebunden wird</translation>
    </message>
    <message>
        <source>it runs or is not marked as fenced</source>
        <translation>er läuft oder ist nicht als abgeschottet markiert</translation>
    </message>
    <message>
        <source>%1 is alive: it answered &quot;%2&quot;. A failover would kill a server that may still be committing. Fix what it reports instead (for too many clients: end idle sessions or raise max_connections).</source>
        <translation>%1 läuft: Er antwortete „%2“. Ein Failover würde einen Server beenden, der möglicherweise noch Transaktionen bestätigt. Beheben Sie stattdessen, was er meldet (bei zu vielen Clients: untätige Sitzungen beenden oder max_connections erhöhen).</translation>
    </message>
    <message>
        <source>%1&apos;s postmaster is not running (%2)</source>
        <translation>Der Postmaster von %1 läuft nicht (%2)</translation>
    </message>
    <message>
        <source>%1&apos;s postmaster (pid %2) is alive but does not answer within %3 s: hung</source>
        <translation>Der Postmaster von %1 (PID %2) läuft, antwortet aber nicht innerhalb von %3 s: hängt</translation>
    </message>
    <message>
        <source>%1&apos;s postmaster (pid %2) is alive and refuses connections (%3): it is starting up or shutting down. Wait and look again (pgversectl status) before failing over.</source>
        <translation>Der Postmaster von %1 (PID %2) läuft und lehnt Verbindungen ab (%3): Er fährt hoch oder herunter. Warten Sie und sehen Sie erneut nach (pgversectl status), bevor Sie einen Failover ausführen.</translation>
    </message>
    <message>
        <source>WAL only %1 has</source>
        <translation>WAL, das nur %1 hat</translation>
    </message>
    <message>
        <source>%1 wrote %2 after %3 that %4 never received: promoting %4 loses it.</source>
        <translation>%1 hat nach %3 %2 geschrieben, was %4 nie empfangen hat: Wird %4 hochgestuft, geht das verloren.</translation>
    </message>
    <message>
        <source>none: %1 received everything %2 wrote (its WAL ends at %3)</source>
        <translation>keiner: %1 hat alles empfangen, was %2 geschrieben hat (sein WAL endet bei %3)</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 can follow</source>
        <translation>%1 kann folgen</translation>
    </message>
    <message>
        <source>%1 received %2 more WAL than %3, so it cannot follow %3&apos;s new timeline as it is: it is left as it is (a standby of nobody, serving reads) and needs pgversectl rejoin %1 afterwards, which rewinds it. Promote it instead to keep that WAL.</source>
        <translation>%1 hat %2 mehr WAL empfangen als %3 und kann daher der neuen Timeline von %3 nicht unverändert folgen: Er bleibt, wie er ist (ein Standby ohne Upstream, der Lesezugriffe bedient), und benötigt danach pgversectl rejoin %1, das ihn zurückspult. Stufen Sie stattdessen ihn hoch, um dieses WAL zu behalten.</translation>
    </message>
    <message>
        <source>not %1: ahead of %2, it needs a rejoin</source>
        <translation>nicht %1: Er ist %2 voraus und braucht einen Rejoin</translation>
    </message>
    <message>
        <source>Archive the new timeline</source>
        <translation>Die neue Timeline archivieren</translation>
    </message>
    <message>
        <source>rewound (discarded %1) and streaming</source>
        <translation>zurückgespult (%1 verworfen) und streamt</translation>
    </message>
    <message>
        <source>rewound and streaming; what the rewind discarded is unknown (%1)</source>
        <translation>zurückgespult und streamt; was das Zurückspulen verworfen hat, ist unbekannt (%1)</translation>
    </message>
    <message>
        <source>But %1</source>
        <translation>Aber %1</translation>
    </message>
    <message>
        <source>%1 is fenced.</source>
        <translation>%1 ist abgeschottet.</translation>
    </message>
    <message>
        <source>%1 received WAL %2 never had and cannot follow it as it is.</source>
        <translation>%1 hat WAL empfangen, das %2 nie hatte, und kann ihm nicht unverändert folgen.</translation>
    </message>
    <message>
        <source>Bring it back with: pgversectl rejoin %1</source>
        <translation>Holen Sie ihn zurück mit: pgversectl rejoin %1</translation>
    </message>
    <message>
        <source>%1 follows %2</source>
        <translation>%1 folgt %2</translation>
    </message>
    <message>
        <source>not repointed: it is ahead of %1; run pgversectl rejoin %2</source>
        <translation>nicht neu ausgerichtet: Er ist %1 voraus; führen Sie pgversectl rejoin %2 aus</translation>
    </message>
    <message>
        <source>Logical subscribers</source>
        <translation>Logische Subskribenten</translation>
    </message>
    <message>
        <source>They are left as they are; their slot died with %1.</source>
        <translation>Sie bleiben, wie sie sind; ihr Slot ist mit %1 verloren gegangen.</translation>
    </message>
    <message>
        <source>What %1 lose</source>
        <translation>Was %1 verlieren</translation>
    </message>
    <message>
        <source>What it never gets stays missing there: compare the tables and copy the rows over, or recreate the subscription with copy_data = true.</source>
        <translation>Was er nie erhält, fehlt dort dauerhaft: Vergleichen Sie die Tabellen und kopieren Sie die Zeilen hinüber, oder legen Sie die Subskription mit copy_data = true neu an.</translation>
    </message>
    <message>
        <source>What only it keeps stays there: delete it, or a new row with the same key on %1 stops the subscription with a duplicate-key error.</source>
        <translation>Was nur er hat, bleibt dort: Löschen Sie es, sonst stoppt eine neue Zeile mit demselben Schlüssel auf %1 die Subskription mit einem Duplicate-Key-Fehler.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 streams afterwards</source>
        <translation>%1 streamt danach</translation>
    </message>
    <message>
        <source>it is disabled: it is pointed at %1 but takes nothing until enabled</source>
        <translation>sie ist deaktiviert: sie zeigt auf %1, nimmt aber nichts an, bis sie aktiviert wird</translation>
    </message>
    <message>
        <source>%2 were still being copied from %1: their copy starts again from %3</source>
        <translation>%2 wurden noch von %1 kopiert: das Kopieren beginnt von %3 aus neu</translation>
    </message>
    <message>
        <source>Count what the logical subscribers lose</source>
        <translation>Zählen, was die logischen Subskribenten verlieren</translation>
    </message>
    <message>
        <source>%1: their applied position against %2&apos;s WAL, with pg_waldump</source>
        <translation>%1: ihre angewendete Position, abgeglichen mit dem WAL von %2 per pg_waldump</translation>
    </message>
    <message>
        <source>Hold writes on %1 until its logical slots exist</source>
        <translation>Schreibzugriffe auf %1 zurückhalten, bis seine logischen Slots existieren</translation>
    </message>
    <message>
        <source>default_transaction_read_only: a write before the slot exists would never reach the subscriber</source>
        <translation>default_transaction_read_only: ein Schreibzugriff, bevor der Slot existiert, würde den Subskribenten nie erreichen</translation>
    </message>
    <message>
        <source>Move the logical subscribers to %1</source>
        <translation>Die logischen Subskribenten auf %1 verlegen</translation>
    </message>
    <message>
        <source>create %1&apos;s slots there, let writes in, point the subscriptions at it</source>
        <translation>dort die Slots von %1 anlegen, Schreibzugriffe zulassen, die Subskriptionen darauf ausrichten</translation>
    </message>
    <message>
        <source>no logical subscribers</source>
        <translation>keine logischen Subskribenten</translation>
    </message>
    <message>
        <source>%1 is the new primary and holds writes for its logical subscribers (default_transaction_read_only); %2 is fenced.</source>
        <translation>%1 ist der neue Primary und hält Schreibzugriffe für seine logischen Subskribenten zurück (default_transaction_read_only); %2 ist abgeschottet.</translation>
    </message>
    <message>
        <source>The slots of %1 could not be made there.</source>
        <translation>Die Slots von %1 konnten dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is the new primary and accepts writes; %2 is fenced. The subscribers %3 still point at %2.</source>
        <translation>%1 ist der neue Primary und nimmt Schreibzugriffe an; %2 ist abgeschottet. Die Subskribenten %3 zeigen noch auf %2.</translation>
    </message>
    <message>
        <source>%1 committed row changes reached %2 before its logical slots existed: the subscribers lack them too</source>
        <translation>%1 bestätigte Zeilenänderungen erreichten %2, bevor seine logischen Slots existierten: auch den Subskribenten fehlen sie</translation>
    </message>
    <message>
        <source>no write got past the hold</source>
        <translation>kein Schreibzugriff kam an der Sperre vorbei</translation>
    </message>
    <message>
        <source>whether a write got past the hold could not be checked</source>
        <translation>ob ein Schreibzugriff an der Sperre vorbeikam, ließ sich nicht prüfen</translation>
    </message>
    <message>
        <source>The subscribers %1 lack %2 and keep %3 committed row changes against %4: compare their tables.</source>
        <translation>Den Subskribenten %1 fehlen gegenüber %4 %2 bestätigte Zeilenänderungen, und sie haben %3 zusätzliche: Vergleichen Sie ihre Tabellen.</translation>
    </message>
    <message>
        <source>Route the poolers to %1</source>
        <translation>Die Pooler zu %1 leiten</translation>
    </message>
    <message>
        <source>%1: [databases] rewritten and RELOAD; their clients reconnect to the new primary</source>
        <translation>%1: [databases] neu geschrieben und RELOAD; ihre Clients verbinden sich neu mit dem neuen Primary</translation>
    </message>
    <message>
        <source>fix it, then run pgversectl recover.</source>
        <translation>beheben Sie das, dann führen Sie pgversectl recover aus.</translation>
    </message>
</context>
<context>
    <name>pgv::LabNodeOperation</name>
    <message>
        <source>Pause replay on %1 of %2</source>
        <translation>Replay auf %1 in %2 pausieren</translation>
    </message>
    <message>
        <source>Resume replay on %1 of %2</source>
        <translation>Replay auf %1 in %2 fortsetzen</translation>
    </message>
    <message>
        <source>Reload the configuration of %1 of %2</source>
        <translation>Konfiguration von %1 in %2 neu laden</translation>
    </message>
    <message>
        <source>Restart %1 of %2</source>
        <translation>%1 in %2 neu starten</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>%1 in %2 stoppen</translation>
    </message>
    <message>
        <source>Start %1 of %2</source>
        <translation>%1 in %2 starten</translation>
    </message>
    <message>
        <source>Node is part of the lab</source>
        <translation>Knoten gehört zum Labor</translation>
    </message>
    <message>
        <source>the lab has no node &quot;%1&quot;</source>
        <translation>Das Labor hat keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>%1 may start</source>
        <translation>%1 darf starten</translation>
    </message>
    <message>
        <source>%1 is fenced: it was the primary before a failover and would start as a second primary. Rejoin it instead (Rejoin %1 as a standby…, or pgversectl rejoin %1).</source>
        <translation>%1 ist abgeschottet: Er war vor einem Failover der Primary und würde als zweiter Primary starten. Binden Sie ihn stattdessen wieder ein („%1 als Standby wieder einbinden …“ oder pgversectl rejoin %1).</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>%1 ist gestoppt</translation>
    </message>
    <message>
        <source>%1 is already running (%2)</source>
        <translation>%1 läuft bereits (%2)</translation>
    </message>
    <message>
        <source>its data folder is there and it is not fenced</source>
        <translation>sein Datenordner ist vorhanden, und er ist nicht abgeschottet</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 antwortet nicht</translation>
    </message>
    <message>
        <source>as %1, %2</source>
        <translation>als %1, %2</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>%1 is a standby</source>
        <translation>%1 ist ein Standby</translation>
    </message>
    <message>
        <source>only a standby replays WAL; %1 is the primary</source>
        <translation>nur ein Standby spielt WAL ein; %1 ist der Primary</translation>
    </message>
    <message>
        <source>Replay runs on %1</source>
        <translation>Replay läuft auf %1</translation>
    </message>
    <message>
        <source>replay is paused already</source>
        <translation>Replay ist bereits pausiert</translation>
    </message>
    <message>
        <source>Replay is paused on %1</source>
        <translation>Replay ist auf %1 pausiert</translation>
    </message>
    <message>
        <source>replay is not paused</source>
        <translation>Replay ist nicht pausiert</translation>
    </message>
    <message>
        <source>while paused, %1 keeps receiving WAL but its data ages: reads there see older data and its replay lag grows</source>
        <translation>solange pausiert, empfängt %1 weiterhin WAL, aber seine Daten veralten: Lesezugriffe dort sehen ältere Daten, und seine Replay-Verzögerung wächst</translation>
    </message>
    <message>
        <source>it catches up with what it received meanwhile</source>
        <translation>er holt nach, was er in der Zwischenzeit empfangen hat</translation>
    </message>
    <message>
        <source>Effect on the cluster</source>
        <translation>Auswirkung auf den Cluster</translation>
    </message>
    <message>
        <source>%1&apos;s sessions end; the primary keeps running and its slot for %1 retains WAL until it is back</source>
        <translation>Die Sitzungen von %1 enden; der Primary läuft weiter, und sein Slot für %1 hält WAL zurück, bis %1 wieder da ist</translation>
    </message>
    <message>
        <source>%1 is the primary: writes fail until it is started again; nothing is promoted%2. For a planned move of the primary role, use a switchover.</source>
        <translation>%1 ist der Primary: Schreibzugriffe schlagen fehl, bis er wieder gestartet ist; nichts wird hochgestuft%2. Für eine geplante Verlegung der Primary-Rolle verwenden Sie einen Switchover.</translation>
    </message>
    <message>
        <source> (%1 wait for it)</source>
        <translation> (%1 warten auf ihn)</translation>
    </message>
    <message>
        <source>%1 is the primary: writes fail for the few seconds of the restart; standbys reconnect by themselves</source>
        <translation>%1 ist der Primary: Schreibzugriffe schlagen während der wenigen Sekunden des Neustarts fehl; Standbys verbinden sich von selbst wieder</translation>
    </message>
    <message>
        <source>settings that need no restart take effect; sessions stay</source>
        <translation>Einstellungen, die keinen Neustart benötigen, werden wirksam; Sitzungen bleiben bestehen</translation>
    </message>
    <message>
        <source>Pause replay on %1</source>
        <translation>Replay auf %1 pausieren</translation>
    </message>
    <message>
        <source>SELECT pg_wal_replay_pause(), then wait until the state is paused</source>
        <translation>SELECT pg_wal_replay_pause(), dann warten, bis der Zustand „paused“ ist</translation>
    </message>
    <message>
        <source>Resume replay on %1</source>
        <translation>Replay auf %1 fortsetzen</translation>
    </message>
    <message>
        <source>SELECT pg_wal_replay_resume()</source>
        <translation>SELECT pg_wal_replay_resume()</translation>
    </message>
    <message>
        <source>Reload %1&apos;s configuration</source>
        <translation>Konfiguration von %1 neu laden</translation>
    </message>
    <message>
        <source>SELECT pg_reload_conf(); settings that still need a restart are listed</source>
        <translation>SELECT pg_reload_conf(); Einstellungen, die noch einen Neustart benötigen, werden aufgelistet</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <source>fast shutdown: open transactions are rolled back</source>
        <translation>Fast Shutdown: offene Transaktionen werden zurückgerollt</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>and wait until it accepts connections</source>
        <translation>und warten, bis er Verbindungen annimmt</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 ist unverändert.</translation>
    </message>
    <message>
        <source>replay on %1 is %2 after %3 s</source>
        <translation>Replay-Zustand von %1 nach %3 s: %2</translation>
    </message>
    <message>
        <source>Look at %1&apos;s log; pgversectl node %2 %1 tries again.</source>
        <translation>Sehen Sie sich das Protokoll von %1 an; pgversectl node %2 %1 versucht es erneut.</translation>
    </message>
    <message>
        <source>replay is %1</source>
        <translation>Replay-Zustand: %1</translation>
    </message>
    <message>
        <source>Replay is %1 on %2: it keeps receiving WAL and applies none until resumed.</source>
        <translation>Replay-Zustand auf %2: %1. %2 empfängt weiterhin WAL, wendet aber nichts an, bis das Replay fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Replay runs again on %1.</source>
        <translation>Replay läuft wieder auf %1.</translation>
    </message>
    <message>
        <source>%1 was sent the reload but no longer answers: see its log: %2</source>
        <translation>%1 hat die Aufforderung zum Neuladen erhalten, antwortet aber nicht mehr: siehe sein Protokoll: %2</translation>
    </message>
    <message>
        <source>no setting waits for a restart</source>
        <translation>keine Einstellung wartet auf einen Neustart</translation>
    </message>
    <message>
        <source>waiting for a restart: %1</source>
        <translation>warten auf einen Neustart: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 reloaded its configuration; %2.</source>
        <translation>%1 hat seine Konfiguration neu geladen; %2.</translation>
    </message>
    <message>
        <source>%1 may still be running: see its log: %2</source>
        <translation>%1 läuft möglicherweise noch: siehe sein Protokoll: %2</translation>
    </message>
    <message>
        <source>%1 is stopped; start it again from its menu or with pgversectl node start %1.</source>
        <translation>%1 ist gestoppt; starten Sie ihn wieder über sein Menü oder mit pgversectl node start %1.</translation>
    </message>
    <message>
        <source>%1 is stopped and did not start again: see its log: %2</source>
        <translation>%1 ist gestoppt und nicht wieder gestartet: siehe sein Protokoll: %2</translation>
    </message>
    <message>
        <source>%1 restarted.</source>
        <translation>%1 wurde neu gestartet.</translation>
    </message>
    <message>
        <source>%1 is stopped: see its log: %2</source>
        <translation>%1 ist gestoppt: siehe sein Protokoll: %2</translation>
    </message>
    <message>
        <source>%1 runs again.</source>
        <translation>%1 läuft wieder.</translation>
    </message>
    <message>
        <source>it still runs</source>
        <translation>er läuft noch</translation>
    </message>
    <message>
        <source>no server process is left</source>
        <translation>kein Serverprozess ist mehr übrig</translation>
    </message>
    <message>
        <source>Replay state of %1</source>
        <translation>Replay-Zustand von %1</translation>
    </message>
    <message>
        <source>it does not answer</source>
        <translation>er antwortet nicht</translation>
    </message>
    <message>
        <source>Nothing is sent to a server that does not answer: look at its log (%1); if it is hung, pg_ctl stop -m immediate ends it, and pgversectl node start %2 starts it again.</source>
        <translation>An einen Server, der nicht antwortet, wird nichts gesendet: Sehen Sie in sein Protokoll (%1); hängt er, beendet ihn pg_ctl stop -m immediate, und pgversectl node start %2 startet ihn wieder.</translation>
    </message>
    <message>
        <source>%1: its configuration load time had not changed after 5 s; the settings below may be the old ones</source>
        <translation>%1: Die Ladezeit seiner Konfiguration hatte sich nach 5 s nicht geändert; die folgenden Einstellungen können noch die alten sein</translation>
    </message>
</context>
<context>
    <name>pgv::LabNodeOps</name>
    <message>
        <source>the lab has no node %1</source>
        <translation>Das Labor hat keinen Knoten %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot signal %1 (pid %2): %3</source>
        <translation>%1 (PID %2) kann kein Signal gesendet werden: %3</translation>
    </message>
    <message>
        <source>%1 did not shut down within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s heruntergefahren</translation>
    </message>
    <message>
        <source>%1 (pid %2) survived SIGKILL</source>
        <translation>%1 (PID %2) hat SIGKILL überlebt</translation>
    </message>
    <message>
        <source>pg_controldata failed on %1: %2</source>
        <translation>pg_controldata auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not write its shutdown checkpoint within %2 s</source>
        <translation>%1 hat seinen Shutdown-Checkpoint nicht innerhalb von %2 s geschrieben</translation>
    </message>
    <message>
        <source>pg_controldata of %1 shows no checkpoint location</source>
        <translation>pg_controldata von %1 zeigt keine Checkpoint-Position</translation>
    </message>
    <message>
        <source>unknown node %1 or %2</source>
        <translation>Unbekannter Knoten %1 oder %2</translation>
    </message>
    <message>
        <source>cannot write the standby settings of %1: %2</source>
        <translation>Die Standby-Einstellungen von %1 können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown node %1</source>
        <translation>Unbekannter Knoten %1</translation>
    </message>
    <message>
        <source>cannot fence %1: %2</source>
        <translation>%1 kann nicht abgeschottet werden: %2</translation>
    </message>
    <message>
        <source>it does not stream from %1</source>
        <translation>er streamt nicht von %1</translation>
    </message>
    <message>
        <source>being rewound</source>
        <translation>wird zurückgespult</translation>
    </message>
    <message>
        <source>could not be rejoined as a standby of %1</source>
        <translation>konnte nicht als Standby von %1 wieder eingebunden werden</translation>
    </message>
    <message>
        <source>it has %1 past the point where %2&apos;s timeline forked</source>
        <translation>er hat %1 hinter dem Punkt, an dem die Timeline von %2 abzweigte</translation>
    </message>
    <message>
        <source>$ kill -INT %1   (fast shutdown of %2: what pg_ctl stop -m fast sends)</source>
        <translation>$ kill -INT %1   (Fast Shutdown von %2: das, was pg_ctl stop -m fast sendet)</translation>
    </message>
    <message>
        <source>$ kill -KILL %1 and its %2 children   (%3 must not write again)</source>
        <translation>$ kill -KILL %1 und seine %2 Kindprozesse   (%3 darf nicht mehr schreiben)</translation>
    </message>
    <message>
        <source>$ kill -INT %1   (fast shutdown of %2, waiting for its shutdown checkpoint)</source>
        <translation>$ kill -INT %1   (Fast Shutdown von %2, wartet auf seinen Shutdown-Checkpoint)</translation>
    </message>
    <message>
        <source>$ touch %1/standby.signal; append primary_conninfo (to %2) and primary_slot_name = &apos;%3&apos; to %1/postgresql.auto.conf</source>
        <translation>$ touch %1/standby.signal; primary_conninfo (auf %2) und primary_slot_name = &apos;%3&apos; an %1/postgresql.auto.conf anhängen</translation>
    </message>
    <message>
        <source>$ echo &apos;%1&apos; &gt; %2   (the fence: the lab refuses to start %3 until it is rejoined)</source>
        <translation>$ echo &apos;%1&apos; &gt; %2   (die Abschottung: Das Labor startet %3 nicht, bis er wieder eingebunden ist)</translation>
    </message>
    <message>
        <source>$ rm %1   (%2 may start again)</source>
        <translation>$ rm %1   (%2 darf wieder starten)</translation>
    </message>
</context>
<context>
    <name>pgv::LabPoolers</name>
    <message>
        <source>Pooler %1 answers</source>
        <translation>Pooler %1 antwortet</translation>
    </message>
    <message>
        <source>%1: it could be neither paused nor routed to the new primary, and would keep sending its clients to the old one. Start it (pgversectl lab start), or go on with --force.</source>
        <translation>%1: Er könnte weder pausiert noch zum neuen Primary geleitet werden und würde seine Clients weiter zum alten schicken. Starten Sie ihn (pgversectl lab start) oder fahren Sie mit --force fort.</translation>
    </message>
    <message>
        <source>%1, %2 clients, routing to %3</source>
        <translation>%1, %2 Clients, leitet an %3 weiter</translation>
    </message>
    <message>
        <source>Pooler %1 not paused yet</source>
        <translation>Pooler %1 noch nicht pausiert</translation>
    </message>
    <message>
        <source>Pooler %1 lets clients wait</source>
        <translation>Pooler %1 lässt Clients warten</translation>
    </message>
    <message>
        <source>query_wait_timeout is %1 s: a client paused longer than that is disconnected</source>
        <translation>query_wait_timeout ist %1 s: Ein Client, der länger pausiert ist, wird getrennt</translation>
    </message>
    <message>
        <source>query_wait_timeout %1 s</source>
        <translation>query_wait_timeout %1 s</translation>
    </message>
    <message>
        <source>query_wait_timeout is off</source>
        <translation>query_wait_timeout ist aus</translation>
    </message>
    <message>
        <source>the lab has no node %1 to route the poolers to</source>
        <translation>Das Labor hat keinen Knoten %1, zu dem die Pooler geleitet werden könnten</translation>
    </message>
    <message>
        <source>%1 routed to %2</source>
        <translation>%1 zu %2 geleitet</translation>
    </message>
    <message>
        <source>clients were held %1 ms</source>
        <translation>Clients wurden %1 ms zurückgehalten</translation>
    </message>
    <message>
        <source>Pooler %1 routes to %2</source>
        <translation>Pooler %1 leitet an %2 weiter</translation>
    </message>
    <message>
        <source>it routes to %1: pgversectl recover routes it</source>
        <translation>er leitet an %1 weiter: pgversectl recover leitet ihn um</translation>
    </message>
    <message>
        <source>several servers</source>
        <translation>mehrere Server</translation>
    </message>
    <message>
        <source>it is still paused: pgversectl pooler resume %1</source>
        <translation>er ist noch pausiert: pgversectl pooler resume %1</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Clients</translation>
    </message>
    <message>
        <source>%1 is paused already (not by this switchover): it stays paused, and its clients wait until it is resumed (pgversectl pooler resume)</source>
        <translation>%1 ist bereits pausiert (nicht durch diesen Switchover): es bleibt pausiert, und seine Clients warten, bis es fortgesetzt wird (pgversectl pooler resume)</translation>
    </message>
    <message>
        <source>no poolers</source>
        <translation>keine Pooler</translation>
    </message>
    <message>
        <source>Not every pooler was routed to %1 (%2): %3</source>
        <translation>Nicht jeder Pooler wurde zu %1 geleitet (%2): %3</translation>
    </message>
    <message>
        <source>The poolers&apos; clients are let go</source>
        <translation>Die Clients der Pooler werden freigegeben</translation>
    </message>
    <message>
        <source>this action&apos;s PAUSE was not resumed: pgversectl pooler resume</source>
        <translation>das PAUSE dieser Aktion wurde nicht fortgesetzt: pgversectl pooler resume</translation>
    </message>
</context>
<context>
    <name>pgv::LabRecover</name>
    <message>
        <source>Recovery of %1</source>
        <translation>Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>Interrupted action</source>
        <translation>Abgebrochene Aktion</translation>
    </message>
    <message>
        <source>none recorded: the cluster is brought to one primary as it stands</source>
        <translation>keine aufgezeichnet: Der Cluster wird aus seinem jetzigen Zustand zu einem Primary gebracht</translation>
    </message>
    <message>
        <source>Every node can be judged</source>
        <translation>Jeder Knoten kann beurteilt werden</translation>
    </message>
    <message>
        <source>%1 refuses connections (%2): fix that first</source>
        <translation>%1 lehnt Verbindungen ab (%2): Beheben Sie das zuerst</translation>
    </message>
    <message>
        <source>At most one primary</source>
        <translation>Höchstens ein Primary</translation>
    </message>
    <message>
        <source>%1 all accept writes (split brain): stop the one whose writes may be discarded (pgversectl lab stop NODE … or pg_ctl stop), then run recover again: it rewinds it.</source>
        <translation>%1 nehmen alle Schreibzugriffe an (Split Brain): Stoppen Sie den, dessen Schreibzugriffe verworfen werden dürfen (pgversectl lab stop KNOTEN … oder pg_ctl stop), und führen Sie dann recover erneut aus: Es spult ihn zurück.</translation>
    </message>
    <message>
        <source>One primary</source>
        <translation>Ein Primary</translation>
    </message>
    <message>
        <source>%1 runs as the primary on timeline %2</source>
        <translation>%1 läuft als Primary auf Timeline %2</translation>
    </message>
    <message>
        <source>no node accepts writes; %1 finishes the %2 by promoting %3</source>
        <translation>kein Knoten nimmt Schreibzugriffe an; %1 schließt den %2 ab, indem %3 hochgestuft wird</translation>
    </message>
    <message>
        <source>no node accepts writes and none is configured to: fail over to a standby (pgversectl failover)</source>
        <translation>kein Knoten nimmt Schreibzugriffe an, und keiner ist dafür konfiguriert: Führen Sie einen Failover auf einen Standby aus (pgversectl failover)</translation>
    </message>
    <message>
        <source>no node accepts writes and %1 are all configured as primaries: start the right one by hand</source>
        <translation>kein Knoten nimmt Schreibzugriffe an, und %1 sind alle als Primary konfiguriert: Starten Sie den richtigen von Hand</translation>
    </message>
    <message>
        <source>no node accepts writes; %1 was the primary and is started again</source>
        <translation>kein Knoten nimmt Schreibzugriffe an; %1 war der Primary und wird wieder gestartet</translation>
    </message>
    <message>
        <source>Every other node follows %1</source>
        <translation>Jeder andere Knoten folgt %1</translation>
    </message>
    <message>
        <source>promote %1</source>
        <translation>%1 hochstufen</translation>
    </message>
    <message>
        <source>start %1 as the primary</source>
        <translation>%1 als Primary starten</translation>
    </message>
    <message>
        <source>%1 already is</source>
        <translation>%1 ist es bereits</translation>
    </message>
    <message>
        <source>Bring up the primary</source>
        <translation>Den Primary hochfahren</translation>
    </message>
    <message>
        <source>Checkpoint %1</source>
        <translation>Checkpoint auf %1</translation>
    </message>
    <message>
        <source>records its timeline, as pg_rewind needs</source>
        <translation>hält seine Timeline fest, wie pg_rewind es benötigt</translation>
    </message>
    <message>
        <source>Make every other node follow %1</source>
        <translation>Alle anderen Knoten %1 folgen lassen</translation>
    </message>
    <message>
        <source>%1: repointed, or configured and started; rewound only if it cannot follow as it is</source>
        <translation>%1: neu ausgerichtet oder konfiguriert und gestartet; nur zurückgespult, wenn er nicht unverändert folgen kann</translation>
    </message>
    <message>
        <source>%1 already follows</source>
        <translation>%1 folgt bereits</translation>
    </message>
    <message>
        <source>%1 repointed</source>
        <translation>%1 neu ausgerichtet</translation>
    </message>
    <message>
        <source>%1 started as a standby</source>
        <translation>%1 als Standby gestartet</translation>
    </message>
    <message>
        <source>%1 rewound and started as a standby</source>
        <translation>%1 zurückgespult und als Standby gestartet</translation>
    </message>
    <message>
        <source>No node accepts writes; %1 did not start.</source>
        <translation>Kein Knoten nimmt Schreibzugriffe an; %1 ist nicht gestartet.</translation>
    </message>
    <message>
        <source>No node accepts writes; %1 was not promoted.</source>
        <translation>Kein Knoten nimmt Schreibzugriffe an; %1 wurde nicht hochgestuft.</translation>
    </message>
    <message>
        <source>%1 is the primary; the other nodes were not touched.</source>
        <translation>%1 ist der Primary; die anderen Knoten wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>timeline %1</source>
        <translation>Timeline %1</translation>
    </message>
    <message>
        <source>%1 is the primary; %2 could not be brought to follow it (fenced if stopped).</source>
        <translation>%1 ist der Primary; %2 konnte nicht dazu gebracht werden, ihm zu folgen (abgeschottet, falls gestoppt).</translation>
    </message>
    <message>
        <source>%1 is the primary on timeline %2; %3 follow it.</source>
        <translation>%1 ist der Primary auf Timeline %2; %3 folgen ihm.</translation>
    </message>
    <message>
        <source>Let writes in on %1</source>
        <translation>Schreibzugriffe auf %1 wieder zulassen</translation>
    </message>
    <message>
        <source>a switchover that stopped after its promotion moves the logical subscribers first; a hold it left is released</source>
        <translation>ein nach seiner Hochstufung abgebrochener Switchover verlegt zuerst die logischen Subskribenten; eine zurückgelassene Schreibsperre wird aufgehoben</translation>
    </message>
    <message>
        <source>%1 is the primary but still holds writes; the subscribers were not moved.</source>
        <translation>%1 ist der Primary, sperrt aber noch Schreibzugriffe; die Subskribenten wurden nicht verlegt.</translation>
    </message>
    <message>
        <source>%1 is the primary; default_transaction_read_only could not be checked.</source>
        <translation>%1 ist der Primary; default_transaction_read_only konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>writes let in on %1</source>
        <translation>Schreibzugriffe auf %1 wieder zugelassen</translation>
    </message>
    <message>
        <source>a write hold left on %1 released</source>
        <translation>eine auf %1 zurückgelassene Schreibsperre aufgehoben</translation>
    </message>
    <message>
        <source>Route the poolers to %1 and resume them</source>
        <translation>Die Pooler zu %1 leiten und fortsetzen</translation>
    </message>
    <message>
        <source>there are none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <source>an action that died while they were paused left their clients waiting</source>
        <translation>eine Aktion, die abbrach, während sie pausiert waren, hat ihre Clients wartend zurückgelassen</translation>
    </message>
    <message>
        <source>start it, then pgversectl pooler resume.</source>
        <translation>starten Sie ihn, dann pgversectl pooler resume.</translation>
    </message>
</context>
<context>
    <name>pgv::LabRejoin</name>
    <message>
        <source>Rejoin %1 to %2</source>
        <translation>Rejoin von %1 an %2</translation>
    </message>
    <message>
        <source>Node is part of the lab</source>
        <translation>Knoten gehört zum Labor</translation>
    </message>
    <message>
        <source>the lab has no node &quot;%1&quot;</source>
        <translation>Das Labor hat keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>One primary to follow</source>
        <translation>Ein Primary, dem gefolgt werden kann</translation>
    </message>
    <message>
        <source>no other node accepts writes</source>
        <translation>kein anderer Knoten nimmt Schreibzugriffe an</translation>
    </message>
    <message>
        <source>%1 all accept writes</source>
        <translation>%1 nehmen alle Schreibzugriffe an</translation>
    </message>
    <message>
        <source>%1, on timeline %2</source>
        <translation>%1, auf Timeline %2</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 accepts writes too (split brain): it is stopped first, and whatever was written to it alone is discarded by pg_rewind</source>
        <translation>%1 nimmt ebenfalls Schreibzugriffe an (Split Brain): Er wird zuerst gestoppt, und was nur auf ihn geschrieben wurde, verwirft pg_rewind</translation>
    </message>
    <message>
        <source>%1 needs rejoining</source>
        <translation>%1 muss wieder eingebunden werden</translation>
    </message>
    <message>
        <source>%1 already streams from %2 on timeline %3</source>
        <translation>%1 streamt bereits von %2 auf Timeline %3</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>er ist %1</translation>
    </message>
    <message>
        <source>it is stopped</source>
        <translation>er ist gestoppt</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <source>fast shutdown; killed if it does not stop</source>
        <translation>Fast Shutdown; wird beendet, falls er nicht stoppt</translation>
    </message>
    <message>
        <source>Checkpoint %1</source>
        <translation>Checkpoint auf %1</translation>
    </message>
    <message>
        <source>pg_rewind reads the source&apos;s timeline from its control file</source>
        <translation>pg_rewind liest die Timeline der Quelle aus deren Steuerdatei</translation>
    </message>
    <message>
        <source>Rewind %1 from %2</source>
        <translation>%1 von %2 zurückspulen</translation>
    </message>
    <message>
        <source>pg_rewind: undoes what %1 wrote after the timelines parted</source>
        <translation>pg_rewind: macht rückgängig, was %1 nach der Trennung der Timelines geschrieben hat</translation>
    </message>
    <message>
        <source>Configure %1 as a standby of %2</source>
        <translation>%1 als Standby von %2 konfigurieren</translation>
    </message>
    <message>
        <source>standby.signal, primary_conninfo and its slot</source>
        <translation>standby.signal, primary_conninfo und sein Slot</translation>
    </message>
    <message>
        <source>Start %1 and wait until it streams</source>
        <translation>%1 starten und warten, bis er streamt</translation>
    </message>
    <message>
        <source>on timeline %1</source>
        <translation>auf Timeline %1</translation>
    </message>
    <message>
        <source>Drop %1&apos;s leftover slots</source>
        <translation>Übrig gebliebene Slots von %1 entfernen</translation>
    </message>
    <message>
        <source>inactive slots would only retain WAL</source>
        <translation>inaktive Slots würden nur WAL zurückhalten</translation>
    </message>
    <message>
        <source>%1 is stopped (and fenced); %2 is still the primary. Fix the cause shown above and rejoin again.</source>
        <translation>%1 ist gestoppt (und abgeschottet); %2 ist weiterhin der Primary. Beheben Sie die oben angezeigte Ursache und führen Sie den Rejoin erneut aus.</translation>
    </message>
    <message>
        <source>rejoin failed</source>
        <translation>Rejoin fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 started but does not stream from %2; see its log: %3</source>
        <translation>%1 wurde gestartet, streamt aber nicht von %2; siehe sein Protokoll: %3</translation>
    </message>
    <message>
        <source>discarded %1 that only %2 had</source>
        <translation>%1 verworfen (nur auf %2 vorhanden)</translation>
    </message>
    <message>
        <source>what it discarded is unknown (%1)</source>
        <translation>Verworfenes unbekannt (%1)</translation>
    </message>
    <message>
        <source>%1 committed %2 after the timelines forked at %3; pg_rewind undoes them.</source>
        <translation>%1 hat nach der Trennung der Timelines bei %3 %2 bestätigt; pg_rewind macht sie rückgängig.</translation>
    </message>
    <message>
        <source>%1 streams from %2 on timeline %3; the rewind %4.</source>
        <translation>%1 streamt von %2 auf Timeline %3; Zurückspulen: %4.</translation>
    </message>
</context>
<context>
    <name>pgv::LabSubscribers</name>
    <message>
        <source>the subscriber %1 is not running, so it cannot be kept whole: start it first (pgversectl lab start)</source>
        <translation>der Subskribent %1 läuft nicht und kann so nicht vollständig gehalten werden: starten Sie ihn zuerst (pgversectl lab start)</translation>
    </message>
    <message>
        <source>No prepared transaction on %1</source>
        <translation>Keine vorbereitete Transaktion auf %1</translation>
    </message>
    <message>
        <source>%1 prepared transactions: the new primary&apos;s logical slots wait for them, and writes stay held until they end</source>
        <translation>%1 vorbereitete Transaktionen: die logischen Slots des neuen Primary warten auf sie, und Schreibzugriffe bleiben gesperrt, bis sie enden</translation>
    </message>
    <message>
        <source>%1 prepared transactions: a logical slot made on the new primary would wait for them while writes are held. COMMIT PREPARED or ROLLBACK PREPARED them first (see pgversectl vacuum).</source>
        <translation>%1 vorbereitete Transaktionen: ein auf dem neuen Primary angelegter logischer Slot würde auf sie warten, während Schreibzugriffe gesperrt sind. Beenden Sie sie zuerst mit COMMIT PREPARED oder ROLLBACK PREPARED (siehe pgversectl vacuum).</translation>
    </message>
    <message>
        <source>the new primary&apos;s logical slots can be made at once</source>
        <translation>die logischen Slots des neuen Primary können sofort angelegt werden</translation>
    </message>
    <message>
        <source>Subscriber %1 can be kept whole</source>
        <translation>Subskribent %1 kann vollständig gehalten werden</translation>
    </message>
    <message>
        <source>--force: it proceeds, and %1 misses whatever %2 writes that it has not applied; recreate the subscription with copy_data = true afterwards.</source>
        <translation>--force: es geht weiter, und %1 fehlt alles, was %2 schreibt und es noch nicht angewendet hat; legen Sie die Subskription danach mit copy_data = true neu an.</translation>
    </message>
    <message>
        <source>Fix it first, or switch over with --force and accept what it misses.</source>
        <translation>Beheben Sie das zuerst oder führen Sie den Switchover mit --force aus und nehmen Sie in Kauf, was fehlt.</translation>
    </message>
    <message>
        <source>%1 is disabled: it would not take what %2 still has to send.</source>
        <translation>%1 ist deaktiviert: es würde nicht annehmen, was %2 noch zu senden hat.</translation>
    </message>
    <message>
        <source>the apply worker of %1 is not running: see the subscriber&apos;s log.</source>
        <translation>der Apply-Worker von %1 läuft nicht: siehe das Protokoll des Subskribenten.</translation>
    </message>
    <message>
        <source>%1 is still copying %2: each table being synchronised has a slot of its own on %3, which the new primary would not have. Wait until pgversectl logical shows every table ready.</source>
        <translation>%1 kopiert noch %2: jede Tabelle in der Synchronisation hat einen eigenen Slot auf %3, den der neue Primary nicht hätte. Warten Sie, bis pgversectl logical jede Tabelle als ready zeigt.</translation>
    </message>
    <message>
        <source>its slot %1 does not exist on %2.</source>
        <translation>sein Slot %1 existiert auf %2 nicht.</translation>
    </message>
    <message>
        <source>%1 is %2 behind on %3 (limit %4): it could not catch up while writes are stopped.</source>
        <translation>%1 liegt auf %3 %2 zurück (Grenze %4): es könnte nicht aufholen, solange Schreibzugriffe gestoppt sind.</translation>
    </message>
    <message>
        <source>slot %1 on %2 is %3 behind; %1 is waited for before the promotion and then streams from the new primary</source>
        <translation>Slot %1 auf %2 liegt %3 zurück; auf %1 wird vor der Hochstufung gewartet, danach streamt es vom neuen Primary</translation>
    </message>
    <message>
        <source>%1 has no known applied position (origin %2) or its slot&apos;s restart position was not read: what it lacks cannot be told.</source>
        <translation>%1 hat keine bekannte angewendete Position (Origin %2), oder die Restart-Position seines Slots wurde nicht gelesen: was ihm fehlt, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <source>%1: applied up to %2, %3 committed row changes after it</source>
        <translation>%1: angewendet bis %2, danach %3 bestätigte Zeilenänderungen</translation>
    </message>
    <message>
        <source>slot %1 is not on %2</source>
        <translation>Slot %1 ist nicht auf %2</translation>
    </message>
    <message>
        <source>%1 streams from %2</source>
        <translation>%1 streamt von %2</translation>
    </message>
    <message>
        <source>slot %1 on %2 is active and has confirmed what %2 had written when the check began</source>
        <translation>Slot %1 auf %2 ist aktiv und hat bestätigt, was %2 zu Beginn der Prüfung geschrieben hatte</translation>
    </message>
    <message>
        <source>nothing streams from slot %1 on %2 after %3 s; see the subscriber&apos;s log</source>
        <translation>nach %3 s streamt nichts aus Slot %1 auf %2; siehe das Protokoll des Subskribenten</translation>
    </message>
    <message>
        <source>slot %1 is still %2 short of where %3 was when the check began, after %4 s</source>
        <translation>Slot %1 liegt nach %4 s noch %2 hinter der Position, an der %3 zu Beginn der Prüfung war</translation>
    </message>
    <message>
        <source>%1 has no WAL file of timeline %2 in %3</source>
        <translation>%1 hat keine WAL-Datei der Timeline %2 in %3</translation>
    </message>
    <message>
        <source>%1 has no known applied position (origin %2): what it lacks cannot be told.</source>
        <translation>%1 hat keine bekannte angewendete Position (Replikationsursprung %2): Was ihr fehlt, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <source>%1 applied up to %2, %3 has WAL up to %4: at least %5 committed row changes it never gets (%3 no longer has the WAL from %2 on)</source>
        <translation>%1 hat bis %2 angewendet, %3 hat WAL bis %4: mindestens %5 bestätigte Zeilenänderungen, die sie nie erhält (%3 hat das WAL ab %2 nicht mehr)</translation>
    </message>
    <message>
        <source>%1 applied up to %2, %3 has WAL up to %4: %5 committed row changes it never gets</source>
        <translation>%1 hat bis %2 angewendet, %3 hat WAL bis %4: %5 bestätigte Zeilenänderungen, die sie nie erhält</translation>
    </message>
    <message>
        <source>%1 applied up to %2, past the end of what %3 received (%4): it keeps %5 committed row changes %3 never has</source>
        <translation>%1 hat bis %2 angewendet, über das Ende dessen hinaus, was %3 empfangen hat (%4): Sie behält %5 bestätigte Zeilenänderungen, die %3 nie hat</translation>
    </message>
    <message>
        <source>%1 applied exactly what %2 has (%3)</source>
        <translation>%1 hat genau das angewendet, was %2 hat (%3)</translation>
    </message>
    <message>
        <source>%1 streams from %2 (its origin set back from %3 to %4, where the new slot starts)</source>
        <translation>%1 streamt von %2 (sein Replikationsursprung wurde von %3 auf %4 zurückgesetzt, wo der neue Slot beginnt)</translation>
    </message>
    <message>
        <source>default_transaction_read_only is still on on %1 (%2): ALTER SYSTEM RESET default_transaction_read_only; SELECT pg_reload_conf(); or run pgversectl recover</source>
        <translation>default_transaction_read_only ist auf %1 noch an (%2): ALTER SYSTEM RESET default_transaction_read_only; SELECT pg_reload_conf(); oder pgversectl recover ausführen</translation>
    </message>
</context>
<context>
    <name>pgv::LabSwitchover</name>
    <message>
        <source>Switchover of %1 to %2</source>
        <translation>Switchover von %1 auf %2</translation>
    </message>
    <message>
        <source>Candidate is a node of the lab</source>
        <translation>Kandidat ist ein Knoten des Labors</translation>
    </message>
    <message>
        <source>the lab has no node &quot;%1&quot; (its nodes: %2)</source>
        <translation>Das Labor hat keinen Knoten „%1“ (seine Knoten: %2)</translation>
    </message>
    <message>
        <source>Exactly one primary</source>
        <translation>Genau ein Primary</translation>
    </message>
    <message>
        <source>no primary is reachable: with the primary gone, use a failover</source>
        <translation>Kein Primary ist erreichbar: Wenn der Primary weg ist, verwenden Sie einen Failover</translation>
    </message>
    <message>
        <source>%1 all accept writes (split brain): fence all but one first</source>
        <translation>%1 nehmen alle Schreibzugriffe an (Split Brain): Schotten Sie zuerst alle bis auf einen ab</translation>
    </message>
    <message>
        <source>%1 is the primary, on timeline %2</source>
        <translation>%1 ist der Primary, auf Timeline %2</translation>
    </message>
    <message>
        <source>Candidate is a standby</source>
        <translation>Kandidat ist ein Standby</translation>
    </message>
    <message>
        <source>%1 is already the primary</source>
        <translation>%1 ist bereits der Primary</translation>
    </message>
    <message>
        <source>Candidate is up</source>
        <translation>Kandidat läuft</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 ist %2: %3</translation>
    </message>
    <message>
        <source>%1 answers as a standby</source>
        <translation>%1 antwortet als Standby</translation>
    </message>
    <message>
        <source>Candidate streams from the primary</source>
        <translation>Kandidat streamt vom Primary</translation>
    </message>
    <message>
        <source>%1 streams from %2</source>
        <translation>%1 streamt von %2</translation>
    </message>
    <message>
        <source>%1 is %2 from %3; only a standby streaming directly from %4 can take over without losing data</source>
        <translation>%1 ist %2 von %3; nur ein Standby, der direkt von %4 streamt, kann ohne Datenverlust übernehmen</translation>
    </message>
    <message>
        <source>no upstream</source>
        <translation>kein Upstream</translation>
    </message>
    <message>
        <source>Replay lag within the limit</source>
        <translation>Replay-Verzögerung innerhalb des Limits</translation>
    </message>
    <message>
        <source>%1 behind (limit %2)</source>
        <translation>%1 zurück (Limit %2)</translation>
    </message>
    <message>
        <source>%1 is %2 behind, more than the %3 allowed: the switchover would keep writes stopped while it catches up. Wait, or allow more with --max-lag.</source>
        <translation>%1 liegt %2 zurück, mehr als die erlaubten %3: Der Switchover würde Schreibzugriffe gestoppt halten, während er aufholt. Warten Sie oder erlauben Sie mit --max-lag mehr.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>eine unbekannte Menge</translation>
    </message>
    <message>
        <source>Same timeline</source>
        <translation>Gleiche Timeline</translation>
    </message>
    <message>
        <source>both on timeline %1</source>
        <translation>beide auf Timeline %1</translation>
    </message>
    <message>
        <source>%1 is on timeline %2, the primary on %3</source>
        <translation>%1 ist auf Timeline %2, der Primary auf %3</translation>
    </message>
    <message>
        <source>Replay not paused</source>
        <translation>Replay nicht pausiert</translation>
    </message>
    <message>
        <source>replay is paused on %1; resume it first: SELECT pg_wal_replay_resume();</source>
        <translation>Replay ist auf %1 pausiert; setzen Sie es zuerst fort: SELECT pg_wal_replay_resume();</translation>
    </message>
    <message>
        <source>%1 is replaying</source>
        <translation>%1 spielt WAL ein</translation>
    </message>
    <message>
        <source>%1 can follow</source>
        <translation>%1 kann folgen</translation>
    </message>
    <message>
        <source>it will be pointed at %1 without a restart</source>
        <translation>er wird ohne Neustart auf %1 ausgerichtet</translation>
    </message>
    <message>
        <source>%1 is down: its configuration is pointed at %2, and it follows it once started</source>
        <translation>%1 ist ausgefallen: Seine Konfiguration wird auf %2 ausgerichtet, und er folgt ihm, sobald er gestartet ist</translation>
    </message>
    <message>
        <source>Checkpoint %1</source>
        <translation>Checkpoint auf %1</translation>
    </message>
    <message>
        <source>so its shutdown checkpoint, written while writes are stopped, is short</source>
        <translation>damit sein Shutdown-Checkpoint, der geschrieben wird, während Schreibzugriffe gestoppt sind, kurz ist</translation>
    </message>
    <message>
        <source>Stop %1 (fast shutdown)</source>
        <translation>%1 stoppen (Fast Shutdown)</translation>
    </message>
    <message>
        <source>clients are disconnected and writes stop here</source>
        <translation>Clients werden getrennt, und Schreibzugriffe enden hier</translation>
    </message>
    <message>
        <source>Wait until %1 has replayed %2&apos;s shutdown checkpoint</source>
        <translation>Warten, bis %1 den Shutdown-Checkpoint von %2 eingespielt hat</translation>
    </message>
    <message>
        <source>then every committed transaction is on %1</source>
        <translation>dann ist jede bestätigte Transaktion auf %1</translation>
    </message>
    <message>
        <source>Promote %1</source>
        <translation>%1 hochstufen</translation>
    </message>
    <message>
        <source>it accepts writes on a new timeline; from here on the switchover cannot be undone</source>
        <translation>er nimmt Schreibzugriffe auf einer neuen Timeline an; ab hier kann der Switchover nicht mehr rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>records the new timeline in its control file</source>
        <translation>hält die neue Timeline in seiner Steuerdatei fest</translation>
    </message>
    <message>
        <source>Create replication slots on %1</source>
        <translation>Replikationsslots auf %1 anlegen</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Point the other standbys at %1</source>
        <translation>Die anderen Standbys auf %1 ausrichten</translation>
    </message>
    <message>
        <source>there are none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <source>Restart %1 as a standby of %2</source>
        <translation>%1 als Standby von %2 neu starten</translation>
    </message>
    <message>
        <source>rewound with pg_rewind only if it cannot follow as it is</source>
        <translation>nur mit pg_rewind zurückgespult, wenn er nicht so, wie er ist, folgen kann</translation>
    </message>
    <message>
        <source>Drop %1&apos;s leftover slots</source>
        <translation>Übrig gebliebene Slots von %1 entfernen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled before anything changed.</source>
        <translation>Abgebrochen, bevor sich etwas geändert hat.</translation>
    </message>
    <message>
        <source>%1 was restarted as the primary; nothing else changed.</source>
        <translation>%1 wurde als Primary neu gestartet; sonst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is stopped and could not be restarted (%2): start it with pgversectl lab start.</source>
        <translation>%1 ist gestoppt und konnte nicht neu gestartet werden (%2): Starten Sie ihn mit pgversectl lab start.</translation>
    </message>
    <message>
        <source>%1 may still be shutting down; check with pgversectl lab status.</source>
        <translation>%1 fährt möglicherweise noch herunter; prüfen Sie das mit pgversectl lab status.</translation>
    </message>
    <message>
        <source>shutdown checkpoint at %1</source>
        <translation>Shutdown-Checkpoint bei %1</translation>
    </message>
    <message>
        <source>Cancelled before the promotion.</source>
        <translation>Vor dem Hochstufen abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not replay up to %2 within %3 s (%4)</source>
        <translation>%1 hat nicht innerhalb von %3 s bis %2 eingespielt (%4)</translation>
    </message>
    <message>
        <source>timeline %1</source>
        <translation>Timeline %1</translation>
    </message>
    <message>
        <source>%1 repointed</source>
        <translation>%1 neu ausgerichtet</translation>
    </message>
    <message>
        <source>%1 could not be repointed: %2</source>
        <translation>%1 konnte nicht neu ausgerichtet werden: %2</translation>
    </message>
    <message>
        <source>%1 (down) reconfigured</source>
        <translation>%1 (ausgefallen) neu konfiguriert</translation>
    </message>
    <message>
        <source>followed without a rewind</source>
        <translation>ohne Zurückspulen gefolgt</translation>
    </message>
    <message>
        <source>rewound with pg_rewind</source>
        <translation>mit pg_rewind zurückgespult</translation>
    </message>
    <message>
        <source>%1 did not rejoin: see its log, then run pgversectl rejoin %1.</source>
        <translation>%1 wurde nicht wieder eingebunden: Sehen Sie sich sein Protokoll an und führen Sie dann pgversectl rejoin %1 aus.</translation>
    </message>
    <message>
        <source>%1 is the primary on timeline %2; %3 follow it.</source>
        <translation>%1 ist der Primary auf Timeline %2; %3 folgen ihm.</translation>
    </message>
    <message>
        <source>WAL archiving works</source>
        <translation>WAL-Archivierung funktioniert</translation>
    </message>
    <message>
        <source>cannot read pg_stat_archiver on %1: %2</source>
        <translation>pg_stat_archiver auf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>archive_mode is off on %1: nothing to check</source>
        <translation>archive_mode ist auf %1 ausgeschaltet: nichts zu prüfen</translation>
    </message>
    <message>
        <source>last archived: %1</source>
        <translation>zuletzt archiviert: %1</translation>
    </message>
    <message>
        <source>Candidate applies WAL without delay</source>
        <translation>Kandidat wendet WAL ohne Verzögerung an</translation>
    </message>
    <message>
        <source>cannot read recovery_min_apply_delay on %1: %2</source>
        <translation>recovery_min_apply_delay auf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 applies WAL %2 ms late on purpose (recovery_min_apply_delay): it would keep writes stopped that long before it could take over. Choose another standby, or set recovery_min_apply_delay = 0 on it first.</source>
        <translation>%1 wendet WAL absichtlich %2 ms verzögert an (recovery_min_apply_delay): Er würde Schreibzugriffe so lange gestoppt halten, bevor er übernehmen könnte. Wählen Sie einen anderen Standby oder setzen Sie zuerst recovery_min_apply_delay = 0 auf ihm.</translation>
    </message>
    <message>
        <source>recovery_min_apply_delay is 0 on %1</source>
        <translation>recovery_min_apply_delay ist 0 auf %1</translation>
    </message>
    <message>
        <source>Archive the new timeline</source>
        <translation>Die neue Timeline archivieren</translation>
    </message>
    <message>
        <source>switchover to %1 under way: it is rejoined as a standby of %1</source>
        <translation>Switchover auf %1 im Gange: Er wird als Standby von %1 wieder eingebunden</translation>
    </message>
    <message>
        <source>%1 is stopped and fenced and %2 may or may not be promoted: run pgversectl recover.</source>
        <translation>%1 ist gestoppt und abgeschottet, und ob %2 hochgestuft wurde, ist ungewiss: Führen Sie pgversectl recover aus.</translation>
    </message>
    <message>
        <source>%1 is the new primary and accepts writes; %2 is stopped and fenced.</source>
        <translation>%1 ist der neue Primary und nimmt Schreibzugriffe an; %2 ist gestoppt und abgeschottet.</translation>
    </message>
    <message>
        <source>Run pgversectl recover to finish.</source>
        <translation>Führen Sie zum Abschluss pgversectl recover aus.</translation>
    </message>
    <message>
        <source>%1 is the new primary and accepts writes.</source>
        <translation>%1 ist der neue Primary und nimmt Schreibzugriffe an.</translation>
    </message>
    <message>
        <source>%1 could not follow %2 as it was (%3); it was rewound</source>
        <translation>%1 konnte %2 nicht unverändert folgen (%3); er wurde zurückgespult</translation>
    </message>
    <message>
        <source>But %1</source>
        <translation>Aber %1</translation>
    </message>
    <message>
        <source>archiving from %1 is failing (%2 at %3): backups and point-in-time recovery would have a gap across any promotion. Fix archive_command first (the server log says why it fails).</source>
        <translation>die Archivierung von %1 schlägt fehl (%2 um %3): Backups und Point-in-Time-Recovery hätten über jedes Hochstufen hinweg eine Lücke. Beheben Sie zuerst archive_command (das Serverprotokoll nennt den Grund).</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Logical subscribers</source>
        <translation>Logische Subskribenten</translation>
    </message>
    <message>
        <source>--force: it proceeds without them.</source>
        <translation>--force: es geht ohne sie weiter.</translation>
    </message>
    <message>
        <source>Wait until the logical subscribers have applied everything %1 wrote</source>
        <translation>Warten, bis die logischen Subskribenten alles angewendet haben, was %1 geschrieben hat</translation>
    </message>
    <message>
        <source>%1: checked in %2&apos;s WAL with pg_waldump, bounded by the step timeout</source>
        <translation>%1: im WAL von %2 mit pg_waldump geprüft, begrenzt durch das Zeitlimit des Schritts</translation>
    </message>
    <message>
        <source>Hold writes on %1 until its logical slots exist</source>
        <translation>Schreibzugriffe auf %1 sperren, bis seine logischen Slots existieren</translation>
    </message>
    <message>
        <source>default_transaction_read_only: a write before the slot exists would never reach the subscriber</source>
        <translation>default_transaction_read_only: ein Schreibzugriff, bevor der Slot existiert, erreichte den Subskribenten nie</translation>
    </message>
    <message>
        <source>Move the logical subscribers to %1</source>
        <translation>Die logischen Subskribenten auf %1 verlegen</translation>
    </message>
    <message>
        <source>create %1&apos;s slots there, let writes in, point the subscriptions at it</source>
        <translation>dort die Slots von %1 anlegen, Schreibzugriffe zulassen, die Subskriptionen darauf richten</translation>
    </message>
    <message>
        <source>slots it kept as primary would only retain WAL (and logical ones hold the catalog horizon back)</source>
        <translation>Slots aus seiner Zeit als Primary hielten nur WAL zurück (und logische halten den Katalog-Horizont zurück)</translation>
    </message>
    <message>
        <source>no logical subscribers</source>
        <translation>keine logischen Subskribenten</translation>
    </message>
    <message>
        <source>The subscribers did not apply everything %1 wrote within %2 s (%3); nothing was promoted, so they lose nothing.</source>
        <translation>Die Subskribenten haben nicht innerhalb von %2 s alles angewendet, was %1 geschrieben hat (%3); nichts wurde hochgestuft, also verlieren sie nichts.</translation>
    </message>
    <message>
        <source>What the subscribers lack could not be told (%1); nothing was promoted.</source>
        <translation>Was den Subskribenten fehlt, ließ sich nicht feststellen (%1); nichts wurde hochgestuft.</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
    <message>
        <source>(--force: going on)</source>
        <translation>(--force: es geht weiter)</translation>
    </message>
    <message>
        <source>%1 is the new primary but holds writes (default_transaction_read_only); %2 is stopped and fenced.</source>
        <translation>%1 ist der neue Primary, sperrt aber Schreibzugriffe (default_transaction_read_only); %2 ist gestoppt und abgeschottet.</translation>
    </message>
    <message>
        <source>The slots of %1 could not be made there.</source>
        <translation>Die Slots von %1 konnten dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>writes could not be let in on %1</source>
        <translation>Schreibzugriffe auf %1 konnten nicht wieder zugelassen werden</translation>
    </message>
    <message>
        <source>%1 committed row changes reached %2 before its logical slots existed: the subscribers %3 lack them. Compare the tables, or recreate the subscriptions with copy_data = true.</source>
        <translation>%1 bestätigte Zeilenänderungen erreichten %2, bevor seine logischen Slots existierten: den Subskribenten %3 fehlen sie. Vergleichen Sie die Tabellen oder legen Sie die Subskriptionen mit copy_data = true neu an.</translation>
    </message>
    <message>
        <source>Whether a write got past the hold could not be checked: %1</source>
        <translation>Ob ein Schreibzugriff an der Sperre vorbeikam, ließ sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>The subscribers %1 still point at %2.</source>
        <translation>Die Subskribenten %1 zeigen noch auf %2.</translation>
    </message>
    <message>
        <source>%1 committed row changes reached %2 before its logical slots existed; the subscribers %3 lack them: compare the tables, or recreate the subscriptions with copy_data = true.</source>
        <translation>%1 bestätigte Zeilenänderungen erreichten %2, bevor seine logischen Slots existierten; den Subskribenten %3 fehlen sie: vergleichen Sie die Tabellen oder legen Sie die Subskriptionen mit copy_data = true neu an.</translation>
    </message>
    <message>
        <source>; no write got past the hold</source>
        <translation>; kein Schreibzugriff kam an der Sperre vorbei</translation>
    </message>
    <message>
        <source>; whether a write got past the hold could not be checked</source>
        <translation>; ob ein Schreibzugriff an der Sperre vorbeikam, ließ sich nicht prüfen</translation>
    </message>
    <message>
        <source>Pause the poolers</source>
        <translation>Die Pooler pausieren</translation>
    </message>
    <message>
        <source>PAUSE on %1 at once, each within %2 ms: from here their clients wait instead of failing, until the poolers resume</source>
        <translation>PAUSE auf %1 gleichzeitig, jeweils innerhalb von %2 ms: Ab hier warten ihre Clients, statt Fehler zu erhalten, bis die Pooler fortgesetzt werden</translation>
    </message>
    <message>
        <source>--no-pooler-pause: %1 are not paused, so their clients get errors while the primary changes</source>
        <translation>--no-pooler-pause: %1 werden nicht pausiert, daher erhalten ihre Clients Fehler, während der Primary wechselt</translation>
    </message>
    <message>
        <source>Route the poolers to %1 and resume them</source>
        <translation>Die Pooler zu %1 leiten und fortsetzen</translation>
    </message>
    <message>
        <source>%1: [databases] rewritten and RELOAD, then RESUME; the result says how long clients were held</source>
        <translation>%1: [databases] neu geschrieben und RELOAD, dann RESUME; das Ergebnis nennt, wie lange Clients zurückgehalten wurden</translation>
    </message>
    <message>
        <source>--no-pooler-pause</source>
        <translation>--no-pooler-pause</translation>
    </message>
    <message>
        <source>no poolers</source>
        <translation>keine Pooler</translation>
    </message>
    <message>
        <source>Nothing was changed; no pooler stays paused.</source>
        <translation>Es wurde nichts geändert; kein Pooler bleibt pausiert.</translation>
    </message>
    <message>
        <source>Not every pooler was routed to %1 and resumed (%2): fix it, then pgversectl pooler resume.</source>
        <translation>Nicht jeder Pooler wurde zu %1 geleitet und fortgesetzt (%2): beheben Sie das, dann pgversectl pooler resume.</translation>
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
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
        </translation>
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
        <translation>Von Slots zurückgehaltenes WAL</translation>
    </message>
    <message>
        <source>Logical slot lag</source>
        <translation>Verzögerung logischer Slots</translation>
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
        <translation>Verzögerung als WAL-Menge oder als die Zeit, die sie darstellt (vom Upstream gemeldet).</translation>
    </message>
    <message>
        <source>The time span shown while following live; drag or zoom the chart to look around.</source>
        <translation>Der beim Live-Folgen angezeigte Zeitraum; ziehen oder zoomen Sie im Diagramm, um sich umzusehen.</translation>
    </message>
    <message>
        <source>Follow &amp;live</source>
        <translation>&amp;Live folgen</translation>
    </message>
    <message>
        <source>Keep the newest data in view; dragging or zooming the chart pauses it (%1).</source>
        <translation>Die neuesten Daten im Blick behalten; Ziehen oder Zoomen im Diagramm pausiert das (%1).</translation>
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
        <translation>Das Diagramm als PNG oder PDF oder die sichtbaren Daten als CSV speichern.</translation>
    </message>
    <message>
        <source>Show a time range</source>
        <translation>Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1. %2</source>
        <translation>%1 konnte nicht geschrieben werden. %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is still being written.</source>
        <translation>%1 wird noch geschrieben.</translation>
    </message>
    <message>
        <source>Replication &amp;lag</source>
        <translation>Replikations&amp;verzögerung</translation>
    </message>
    <message>
        <source>Pooler: clients waiting</source>
        <translation>Pooler: wartende Clients</translation>
    </message>
    <message>
        <source>Pooler: longest wait</source>
        <translation>Pooler: längste Wartezeit</translation>
    </message>
    <message>
        <source>Write: WAL the standby has received; flush: made durable; replay: applied and visible to queries. Pooler: clients a PgBouncer holds waiting for a server connection (during a paused switchover, say), and the longest wait.</source>
        <translation>Schreiben: WAL, das der Standby empfangen hat; Flush: dauerhaft gespeichert; Replay: angewendet und für Abfragen sichtbar. Pooler: Clients, die ein PgBouncer auf eine Serververbindung warten lässt (etwa während eines pausierten Switchovers), und die längste Wartezeit.</translation>
    </message>
</context>
<context>
    <name>pgv::LagRecorder</name>
    <message>
        <source>alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>cleared: %1</source>
        <translation>aufgehoben: %1</translation>
    </message>
</context>
<context>
    <name>pgv::LagStoreWorker</name>
    <message>
        <source>Lag history could not be written to %1: %2</source>
        <translation>Der Verzögerungsverlauf konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pgv::LogicalEstate</name>
    <message>
        <source>Could not read database %1 on %2: %3</source>
        <translation>Datenbank %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Logical slot %1 on %2 is lost: the WAL it needed was removed, so its subscriber can never catch up from it. Drop it (SELECT pg_drop_replication_slot(%3);) and copy the tables to the subscriber again (recreate the subscription with copy_data = true).</source>
        <translation>Der logische Slot %1 auf %2 ist verloren: das WAL, das er brauchte, wurde entfernt; sein Subskribent kann darüber nie aufholen. Löschen Sie ihn (SELECT pg_drop_replication_slot(%3);) und kopieren Sie die Tabellen erneut zum Subskribenten (die Subskription mit copy_data = true neu anlegen).</translation>
    </message>
    <message>
        <source>Logical slot %1 on %2 holds more WAL than max_slot_wal_keep_size allows: the next checkpoint may remove WAL it still needs, and then its subscriber is lost. Let its subscriber catch up now, or raise max_slot_wal_keep_size.</source>
        <translation>Der logische Slot %1 auf %2 hält mehr WAL, als max_slot_wal_keep_size erlaubt: der nächste Checkpoint kann WAL entfernen, das er noch braucht, und dann ist sein Subskribent verloren. Lassen Sie den Subskribenten jetzt aufholen oder erhöhen Sie max_slot_wal_keep_size.</translation>
    </message>
    <message>
        <source> %1 more can be written before max_slot_wal_keep_size removes WAL it needs.</source>
        <translation> Noch %1 können geschrieben werden, bevor max_slot_wal_keep_size WAL entfernt, das er braucht.</translation>
    </message>
    <message>
        <source> No max_slot_wal_keep_size limits it: the disk holding pg_wal is the limit.</source>
        <translation> Kein max_slot_wal_keep_size begrenzt ihn: die Grenze ist die Platte, auf der pg_wal liegt.</translation>
    </message>
    <message>
        <source>Logical slot %1 on %2 has no consumer connected and retains %3 of WAL, more with every write.%4 Start or enable its subscriber; if it is gone for good, drop the slot: SELECT pg_drop_replication_slot(%5);</source>
        <translation>Mit dem logischen Slot %1 auf %2 ist kein Abnehmer verbunden; er hält %3 WAL zurück, mit jedem Schreibvorgang mehr.%4 Starten oder aktivieren Sie seinen Subskribenten; ist er endgültig weg, löschen Sie den Slot: SELECT pg_drop_replication_slot(%5);</translation>
    </message>
    <message>
        <source>Subscription %1 on %2 is disabled: no changes reach it%3. Enable it with: %4 ENABLE;</source>
        <translation>Die Subskription %1 auf %2 ist deaktiviert: keine Änderungen erreichen sie%3. Aktivieren Sie sie mit: %4 ENABLE;</translation>
    </message>
    <message>
        <source>, and its slot on %1 retains WAL meanwhile</source>
        <translation>, und ihr Slot auf %1 hält solange WAL zurück</translation>
    </message>
    <message>
        <source>Subscription %1 on %2 connects to %3, which is down: it receives nothing until %3 is back, or until it is pointed at the new primary (%4 CONNECTION &apos;…&apos;;) where its slot must exist first.</source>
        <translation>Die Subskription %1 auf %2 verbindet sich mit %3, der ausgefallen ist: sie erhält nichts, bis %3 zurück ist oder bis sie auf den neuen Primary gerichtet wird (%4 CONNECTION &apos;…&apos;;), wo ihr Slot zuvor existieren muss.</translation>
    </message>
    <message>
        <source>Subscription %1 on %2 streams from slot %3, which does not exist on %4 (%5): it receives nothing. A slot made now starts at the current WAL position, so changes made since the subscriber last confirmed are skipped: create it in %6 (SELECT pg_create_logical_replication_slot(%7, &apos;pgoutput&apos;);) only once you know what the subscriber has missed, or recreate the subscription with copy_data = true.</source>
        <translation>Die Subskription %1 auf %2 streamt aus dem Slot %3, den es auf %4 (%5) nicht gibt: sie erhält nichts. Ein jetzt angelegter Slot beginnt an der aktuellen WAL-Position; Änderungen seit der letzten Bestätigung des Subskribenten werden übersprungen: legen Sie ihn in %6 an (SELECT pg_create_logical_replication_slot(%7, &apos;pgoutput&apos;);) erst, wenn Sie wissen, was dem Subskribenten fehlt, oder legen Sie die Subskription mit copy_data = true neu an.</translation>
    </message>
    <message>
        <source>the primary</source>
        <translation>der Primary</translation>
    </message>
    <message>
        <source>the publication&apos;s database</source>
        <translation>der Datenbank der Publikation</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>Subscription %1 on %2 keeps failing to apply changes (%3 apply and %4 sync errors so far): its worker stops at the failing change and retries. The subscriber&apos;s server log names the change; fix the row or the constraint it breaks, or skip it (%5 SKIP (lsn = &apos;…&apos;);).</source>
        <translation>Die Subskription %1 auf %2 scheitert immer wieder beim Anwenden von Änderungen (bisher %3 Apply- und %4 Sync-Fehler): ihr Worker hält bei der fehlschlagenden Änderung an und versucht es erneut. Das Serverprotokoll des Subskribenten nennt die Änderung; korrigieren Sie die Zeile oder die verletzte Bedingung oder überspringen Sie sie (%5 SKIP (lsn = &apos;…&apos;);).</translation>
    </message>
    <message>
        <source>Subscription %1 on %2 has been copying its tables for %3: a table this slow may be waiting for a synchronisation worker (max_sync_workers_per_subscription) or failing to copy; see the subscriber&apos;s log.</source>
        <translation>Die Subskription %1 auf %2 kopiert ihre Tabellen seit %3: eine so langsame Tabelle wartet vielleicht auf einen Synchronisations-Worker (max_sync_workers_per_subscription) oder scheitert beim Kopieren; siehe das Protokoll des Subskribenten.</translation>
    </message>
    <message>
        <source>Subscription %1 on %2 is enabled but its apply worker is not running: the subscriber&apos;s log says why (a publisher it cannot reach, a password it lacks, max_logical_replication_workers used up).</source>
        <translation>Die Subskription %1 auf %2 ist aktiviert, aber ihr Apply-Worker läuft nicht: das Protokoll des Subskribenten sagt, warum (ein unerreichbarer Publisher, ein fehlendes Passwort, max_logical_replication_workers ausgeschöpft).</translation>
    </message>
    <message>
        <source>Logical slot %1 on %2 is invalidated (%3): nothing can stream from it again. Drop it (SELECT pg_drop_replication_slot(%4);) and copy the tables to the subscriber again (recreate the subscription with copy_data = true).</source>
        <translation>Der logische Slot %1 auf %2 ist ungültig geworden (%3): Aus ihm kann nie wieder gestreamt werden. Löschen Sie ihn (SELECT pg_drop_replication_slot(%4);) und kopieren Sie die Tabellen erneut zum Subskribenten (legen Sie die Subskription mit copy_data = true neu an).</translation>
    </message>
    <message>
        <source> At %1/s, this server&apos;s average WAL rate, that is about %2.</source>
        <translation> Bei %1/s, der durchschnittlichen WAL-Rate dieses Servers, sind das etwa %2.</translation>
    </message>
    <message>
        <source> At %1/s, this server&apos;s average WAL rate, it retains %2 more every hour.</source>
        <translation> Bei %1/s, der durchschnittlichen WAL-Rate dieses Servers, hält er jede Stunde %2 mehr zurück.</translation>
    </message>
</context>
<context>
    <name>pgv::LogicalPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Subskriptionen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Open a cluster to see its logical replication.</source>
        <translation>Öffnen Sie einen Cluster, um seine logische Replikation zu sehen.</translation>
    </message>
    <message>
        <source>Lo&amp;gical replication</source>
        <translation>Lo&amp;gische Replikation</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the subscriptions, their tables, the slots and the publications again (also every %1 s while shown)</source>
        <translation>Die Subskriptionen, ihre Tabellen, die Slots und die Publikationen erneut lesen (solange angezeigt, auch alle %1 s)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akt&amp;ivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>D&amp;eaktivieren</translation>
    </message>
    <message>
        <source>Refresh &amp;publication</source>
        <translation>P&amp;ublikation aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the subscriptions and the tab shown below them, as tab-separated text</source>
        <translation>Die Subskriptionen und den darunter angezeigten Reiter als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Reading the logical replication of %1…</source>
        <translation>Lese die logische Replikation von %1 …</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Slots (%1)</source>
        <translation>Slots (%1)</translation>
    </message>
    <message>
        <source>Publications (%1)</source>
        <translation>Publikationen (%1)</translation>
    </message>
    <message>
        <source>No subscription in %1 or the clusters drawn beside it%2. A subscription on another server streams a publication&apos;s changes from this cluster&apos;s primary through a logical slot; draw that server&apos;s cluster beside this one (Cluster › Show beside) to see it here. A lab gets one with &quot;pgversectl lab subscriber add&quot; or the New lab dialog.</source>
        <translation>Keine Subskription in %1 oder den daneben gezeigten Clustern%2. Eine Subskription auf einem anderen Server streamt die Änderungen einer Publikation über einen logischen Slot vom Primary dieses Clusters; lassen Sie den Cluster dieses Servers neben diesem zeigen (Cluster › Neben dem aktuellen Cluster zeigen), um sie hier zu sehen. Ein Labor bekommt eine mit „pgversectl lab subscriber add“ oder im Dialog „Übungslabor anlegen“.</translation>
    </message>
    <message numerus="yes">
        <source> (its %n logical slot(s) are listed below)</source>
        <translation>
            <numerusform> (sein %n logischer Slot ist unten aufgeführt)</numerusform>
            <numerusform> (seine %n logischen Slots sind unten aufgeführt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s), </source>
        <translation>
            <numerusform>%n Subskription, </numerusform>
            <numerusform>%n Subskriptionen, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 streaming</source>
        <translation>davon %1 streaming</translation>
    </message>
    <message>
        <source>; most behind: %1%2</source>
        <translation>; am weitesten zurück: %1%2</translation>
    </message>
    <message>
        <source>. No logical problem.</source>
        <translation>. Kein Problem der logischen Replikation.</translation>
    </message>
    <message numerus="yes">
        <source>. %n problem(s): see Problems below.</source>
        <translation>
            <numerusform>. %n Problem: siehe Probleme unten.</numerusform>
            <numerusform>. %n Probleme: siehe Probleme unten.</numerusform>
        </translation>
    </message>
    <message>
        <source> Not everything could be read: %1</source>
        <translation> Nicht alles konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tables of %1 on %2 (%3): %4</source>
        <translation>Tabellen von %1 auf %2 (%3): %4</translation>
    </message>
    <message>
        <source>Select a subscription first.</source>
        <translation>Wählen Sie zuerst eine Subskription.</translation>
    </message>
    <message>
        <source>%1 is read-only here: subscriptions are not changed from a read-only profile.</source>
        <translation>%1 ist hier schreibgeschützt: Aus einem schreibgeschützten Profil werden keine Subskriptionen geändert.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 ist aktiviert.</translation>
    </message>
    <message>
        <source>ALTER SUBSCRIPTION … ENABLE: its apply worker starts and streams what its slot kept</source>
        <translation>ALTER SUBSCRIPTION … ENABLE: Ihr Apply-Worker startet und streamt, was ihr Slot zurückgehalten hat</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>ALTER SUBSCRIPTION … DISABLE: nothing is applied until it is enabled; the publisher&apos;s slot keeps the changes</source>
        <translation>ALTER SUBSCRIPTION … DISABLE: Bis sie wieder aktiviert wird, wird nichts angewendet; der Slot des Publishers hält die Änderungen zurück</translation>
    </message>
    <message>
        <source>PostgreSQL refreshes only an enabled subscription.</source>
        <translation>PostgreSQL aktualisiert nur eine aktivierte Subskription.</translation>
    </message>
    <message>
        <source>ALTER SUBSCRIPTION … REFRESH PUBLICATION: copies tables added to its publications</source>
        <translation>ALTER SUBSCRIPTION … REFRESH PUBLICATION: kopiert Tabellen, die ihren Publikationen hinzugefügt wurden</translation>
    </message>
    <message>
        <source>Copied the subscriptions.</source>
        <translation>Subskriptionen kopiert.</translation>
    </message>
    <message>
        <source>Copied the subscriptions and the tables shown.</source>
        <translation>Subskriptionen und die angezeigten Tabellen kopiert.</translation>
    </message>
    <message>
        <source>Copied the subscriptions and the slots.</source>
        <translation>Subskriptionen und Slots kopiert.</translation>
    </message>
    <message>
        <source>Copied the subscriptions and the publications.</source>
        <translation>Subskriptionen und Publikationen kopiert.</translation>
    </message>
    <message>
        <source>Copied the subscriptions and the problems.</source>
        <translation>Subskriptionen und Probleme kopiert.</translation>
    </message>
</context>
<context>
    <name>pgv::LogicalProblemModel</name>
    <message>
        <source>%1 on %2/%3</source>
        <translation>%1 auf %2/%3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>pgv::LogicalSlotModel</name>
    <message>
        <source>yes (pid %1)</source>
        <translation>ja (PID %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The node&apos;s WAL end minus confirmed_flush_lsn: what its consumer has not yet confirmed.</source>
        <translation>WAL-Ende des Knotens minus confirmed_flush_lsn: was der Verbraucher des Slots noch nicht bestätigt hat.</translation>
    </message>
    <message>
        <source>The node&apos;s WAL end minus restart_lsn: WAL the server keeps for this slot.</source>
        <translation>WAL-Ende des Knotens minus restart_lsn: WAL, das der Server für diesen Slot aufbewahrt.</translation>
    </message>
    <message>
        <source>WAL that can still be written before the slot is at risk (only known with max_slot_wal_keep_size set).</source>
        <translation>WAL, das noch geschrieben werden kann, bevor der Slot gefährdet ist (nur bekannt, wenn max_slot_wal_keep_size gesetzt ist).</translation>
    </message>
    <message>
        <source>reserved or extended: safe; unreserved: at risk at the next checkpoint; lost: its consumer can never resume.</source>
        <translation>reserved oder extended: sicher; unreserved: beim nächsten Checkpoint gefährdet; lost: sein Verbraucher kann nie wieder fortsetzen.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Confirmed flush</source>
        <translation>Bestätigter Flush</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>WAL retained</source>
        <translation>Zurückgehaltenes WAL</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>WAL-Status</translation>
    </message>
    <message>
        <source>Safe WAL left</source>
        <translation>Sicheres WAL übrig</translation>
    </message>
</context>
<context>
    <name>pgv::LogicalSubscriptionModel</name>
    <message>
        <source>Its apply worker streams from the publisher&apos;s slot.</source>
        <translation>Ihr Apply-Worker streamt aus dem Slot des Publishers.</translation>
    </message>
    <message>
        <source>Its walsender is catching up with the publisher&apos;s WAL.</source>
        <translation>Ihr Walsender holt den Rückstand zum WAL des Publishers auf.</translation>
    </message>
    <message>
        <source>Some of its tables are still being copied or synchronised.</source>
        <translation>Einige ihrer Tabellen werden noch kopiert oder synchronisiert.</translation>
    </message>
    <message>
        <source>Disabled: no changes are applied; the publisher&apos;s slot keeps them, and their WAL.</source>
        <translation>Deaktiviert: Es werden keine Änderungen angewendet; der Slot des Publishers hält sie zurück, samt ihrem WAL.</translation>
    </message>
    <message>
        <source>Its apply or sync error counts are rising: the subscriber&apos;s log says which change fails.</source>
        <translation>Ihre Apply- oder Sync-Fehlerzähler steigen: Das Protokoll des Subskribenten nennt die fehlschlagende Änderung.</translation>
    </message>
    <message>
        <source>The node it connects to has no slot of its name: no changes reach it.</source>
        <translation>Der Knoten, mit dem sie sich verbindet, hat keinen Slot mit ihrem Namen: Keine Änderungen erreichen sie.</translation>
    </message>
    <message>
        <source>The node it subscribes to does not answer.</source>
        <translation>Der Knoten, den sie abonniert, antwortet nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n syncing</source>
        <translation>
            <numerusform>%n in Synchronisation</numerusform>
            <numerusform>%n in Synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 von %2 bereit</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>%1 apply, %2 sync</source>
        <translation>%1 Apply, %2 Sync</translation>
    </message>
    <message>
        <source>pg_stat_subscription_stats: errors since the counters were last reset (PostgreSQL 15 and newer).</source>
        <translation>pg_stat_subscription_stats: Fehler seit dem letzten Zurücksetzen der Zähler (PostgreSQL 15 und neuer).</translation>
    </message>
    <message>
        <source>The publisher&apos;s walsender&apos;s replay_lag: how long ago the change the subscriber has just applied was written.</source>
        <translation>replay_lag des Walsenders beim Publisher: wie lange es her ist, dass die Änderung geschrieben wurde, die der Subskribent gerade angewendet hat.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subskription</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Lag (time)</source>
        <translation>Verzögerung (Zeit)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>pgv::MainWindow</name>
    <message>
        <source>PostgresVerse</source>
        <translation>PostgresVerse</translation>
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
        <source>&amp;Open cluster</source>
        <translation>Cluster ö&amp;ffnen</translation>
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
        <translation>%1 — PostgresVerse</translation>
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
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>read-only profile</source>
        <translation>schreibgeschütztes Profil</translation>
    </message>
    <message>
        <source>Copy details of %1</source>
        <translation>Details von %1 kopieren</translation>
    </message>
    <message>
        <source>About PostgresVerse</source>
        <translation>Über PostgresVerse</translation>
    </message>
    <message>
        <source>&lt;b&gt;PostgresVerse %1&lt;/b&gt;&lt;br&gt;A desktop console for PostgreSQL high-availability clusters: topology, replication, plans, policies and safe actions in one window.</source>
        <translation>&lt;b&gt;PostgresVerse %1&lt;/b&gt;&lt;br&gt;Eine Desktop-Konsole für PostgreSQL-Hochverfügbarkeitscluster: Topologie, Replikation, Pläne, Richtlinien und sichere Aktionen in einem Fenster.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alerts (%1 firing)</source>
        <translation>Alarme (%1 aktiv)</translation>
    </message>
    <message>
        <source>%1 · nodes: %2</source>
        <translation>%1 · Knoten: %2</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>beside: %1</source>
        <translation>daneben: %1</translation>
    </message>
    <message>
        <source>The lab&apos;s profile could not be read back.</source>
        <translation>Das Profil des Labors konnte nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <source>Copy conninfo of %1</source>
        <translation>Conninfo von %1 kopieren</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>Das Handbuch fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Problems and what to do</source>
        <translation>&amp;Probleme und was zu tun ist</translation>
    </message>
    <message>
        <source>Open psql on %1 in a terminal</source>
        <translation>psql auf %1 in einem Terminal öffnen</translation>
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
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Current WAL position</source>
        <translation>Aktuelle WAL-Position</translation>
    </message>
    <message>
        <source>Replayed up to</source>
        <translation>Eingespielt bis</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>Empfangen bis</translation>
    </message>
    <message>
        <source>cluster_name</source>
        <translation>cluster_name</translation>
    </message>
    <message>
        <source>System identifier</source>
        <translation>Systemkennung</translation>
    </message>
    <message>
        <source>Client connections</source>
        <translation>Client-Verbindungen</translation>
    </message>
    <message>
        <source>Probe latency</source>
        <translation>Prüflatenz</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync-Status</translation>
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
        <translation>Replay-Verzögerung (Zeit)</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Replay pausiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Last replayed commit</source>
        <translation>Zuletzt eingespielter Commit</translation>
    </message>
    <message>
        <source>WAL receiver</source>
        <translation>WAL-Receiver</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Received timeline</source>
        <translation>Empfangene Timeline</translation>
    </message>
    <message>
        <source>Flushed up to</source>
        <translation>Geflusht bis</translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation>Letztes Ende</translation>
    </message>
    <message>
        <source>Streaming to</source>
        <translation>Streamt an</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Flushed</source>
        <translation>Geflusht</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Eingespielt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <source>Replication slots</source>
        <translation>Replikationsslots</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Restart LSN</source>
        <translation>Restart-LSN</translation>
    </message>
    <message>
        <source>Retained WAL</source>
        <translation>Zurückgehaltenes WAL</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>WAL-Status</translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation>Sichere WAL-Größe</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Patroni role</source>
        <translation>Patroni-Rolle</translation>
    </message>
    <message>
        <source>Patroni state</source>
        <translation>Patroni-Zustand</translation>
    </message>
    <message>
        <source>Patroni lag</source>
        <translation>Patroni-Verzögerung</translation>
    </message>
    <message>
        <source>Pooler</source>
        <translation>Pooler</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>leitet weiter</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Routes to</source>
        <translation>Leitet weiter an</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Abfragedauer</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>%1:%2/%3, pool_size %4%5</source>
        <translation>%1:%2/%3, pool_size %4%5</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, pausiert</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>%1 active, %2 waiting; servers %3 active, %4 idle, %5 used</source>
        <translation>%1 aktiv, %2 wartend; Server %3 aktiv, %4 im Leerlauf, %5 benutzt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <translation>Alle Details &amp;kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pgv::Patroni</name>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>pgv::PatroniLogicalSlots</name>
    <message>
        <source>the profile lists no node to take connection settings from</source>
        <translation>das Profil nennt keinen Knoten, von dem Verbindungseinstellungen übernommen werden können</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logical slots on the candidate</source>
        <translation>Logische Slots auf dem Kandidaten</translation>
    </message>
    <message>
        <source>not read (%1): whether the logical consumers keep their slots is unknown</source>
        <translation>nicht gelesen (%1): Ob die logischen Verbraucher ihre Slots behalten, ist unbekannt</translation>
    </message>
    <message>
        <source>Logical slots on the leader</source>
        <translation>Logische Slots auf dem Leader</translation>
    </message>
    <message>
        <source>not read (%1): only Patroni&apos;s permanent slots are looked for</source>
        <translation>nicht gelesen (%1): Gesucht wird nur nach den permanenten Slots von Patroni</translation>
    </message>
    <message>
        <source>--force: it proceeds, and the slot&apos;s consumer misses what happens meanwhile.</source>
        <translation>--force: es geht weiter, und dem Verbraucher des Slots entgeht, was in der Zwischenzeit geschieht.</translation>
    </message>
    <message>
        <source>Or go ahead with --force and accept it.</source>
        <translation>Oder fahren Sie mit --force fort und nehmen Sie das in Kauf.</translation>
    </message>
    <message>
        <source>Logical slot %1 on %2</source>
        <translation>Logischer Slot %1 auf %2</translation>
    </message>
    <message>
        <source>%1 is not one of Patroni&apos;s permanent slots, so Patroni keeps no copy of it on %2: once %2 leads, its consumer finds no slot, and one made anew there skips every change in between. Declare it (patronictl edit-config: slots: {%1: {type: logical, database: %3, plugin: %4}}) and wait until %2 has its copy.</source>
        <translation>%1 ist keiner der permanenten Slots von Patroni, daher hält Patroni auf %2 keine Kopie davon: Sobald %2 Leader ist, findet sein Verbraucher keinen Slot, und ein dort neu angelegter überspringt jede Änderung dazwischen. Deklarieren Sie ihn (patronictl edit-config: slots: {%1: {type: logical, database: %3, plugin: %4}}) und warten Sie, bis %2 seine Kopie hat.</translation>
    </message>
    <message>
        <source>Patroni has not copied %1 to %2 yet (it copies a permanent slot once the leader has published the slot&apos;s position, restarting the replica to load it; hot_standby_feedback must be on there): once %2 leads, Patroni would make it anew and its consumer would miss every change in between. Wait and look again.</source>
        <translation>Patroni hat %1 noch nicht nach %2 kopiert (es kopiert einen permanenten Slot, sobald der Leader die Position des Slots veröffentlicht hat, und startet dafür das Replikat neu; dort muss hot_standby_feedback an sein): Sobald %2 Leader ist, würde Patroni ihn neu anlegen, und seinem Verbraucher entginge jede Änderung dazwischen. Warten Sie und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Patroni&apos;s copy is there</source>
        <translation>Die Kopie von Patroni ist vorhanden</translation>
    </message>
    <message>
        <source>Patroni&apos;s copy has confirmed %1, %2 behind the leader&apos;s %3</source>
        <translation>Die Kopie von Patroni hat %1 bestätigt, %2 hinter %3 des Leaders</translation>
    </message>
    <message>
        <source>a subscription skips what it applied already</source>
        <translation>eine Subskription überspringt, was sie bereits angewendet hat</translation>
    </message>
    <message>
        <source>over maximum_lag_on_failover (%1): Patroni may not be advancing it (see its log), and a consumer that does not track its own position gets those changes again</source>
        <translation>über maximum_lag_on_failover (%1): Patroni rückt die Kopie womöglich nicht vor (siehe sein Protokoll), und ein Verbraucher, der seine eigene Position nicht verfolgt, erhält diese Änderungen erneut</translation>
    </message>
</context>
<context>
    <name>pgv::PatroniMaintenance</name>
    <message>
        <source>Restart %1 of %2</source>
        <translation>%1 von %2 neu starten</translation>
    </message>
    <message>
        <source>Reinitialize %1 of %2</source>
        <translation>%1 von %2 neu initialisieren</translation>
    </message>
    <message>
        <source>Pause automatic failover of %1</source>
        <translation>Automatischen Failover von %1 pausieren</translation>
    </message>
    <message>
        <source>Resume automatic failover of %1</source>
        <translation>Automatischen Failover von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Patroni answers</source>
        <translation>Patroni antwortet</translation>
    </message>
    <message>
        <source>GET /cluster from %1: %2</source>
        <translation>GET /cluster von %1: %2</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>REST credentials</source>
        <translation>REST-Zugangsdaten</translation>
    </message>
    <message>
        <source>no REST password: Patroni refuses changes without one (401)</source>
        <translation>kein REST-Passwort: Patroni lehnt Änderungen ohne eines ab (401)</translation>
    </message>
    <message>
        <source>basic authentication as %1</source>
        <translation>Basic-Authentifizierung als %1</translation>
    </message>
    <message>
        <source>Not paused yet</source>
        <translation>Noch nicht pausiert</translation>
    </message>
    <message>
        <source>the cluster is already in maintenance mode</source>
        <translation>Der Cluster ist bereits im Wartungsmodus</translation>
    </message>
    <message>
        <source>Patroni fails over automatically now; pausing stops that until resumed</source>
        <translation>Patroni führt jetzt automatisch Failover aus; Pausieren stoppt das, bis fortgesetzt wird</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>the cluster is not in maintenance mode</source>
        <translation>Der Cluster ist nicht im Wartungsmodus</translation>
    </message>
    <message>
        <source>resuming lets Patroni fail over automatically again</source>
        <translation>Fortsetzen lässt Patroni wieder automatisch Failover ausführen</translation>
    </message>
    <message>
        <source>Member exists</source>
        <translation>Mitglied existiert</translation>
    </message>
    <message>
        <source>Patroni knows no member &quot;%1&quot;</source>
        <translation>Patroni kennt kein Mitglied „%1“</translation>
    </message>
    <message>
        <source>%1 is %2, %3</source>
        <translation>%1 ist %2, %3</translation>
    </message>
    <message>
        <source>Member is a replica</source>
        <translation>Mitglied ist ein Replikat</translation>
    </message>
    <message>
        <source>%1 leads: reinitializing means wiping its data and cloning it from the leader, which it is; switch over first</source>
        <translation>%1 ist Leader: Neu initialisieren hieße, seine Daten zu löschen und vom Leader zu klonen, der er selbst ist; führen Sie zuerst einen Switchover aus</translation>
    </message>
    <message>
        <source>Writes pause</source>
        <translation>Schreibzugriffe pausieren</translation>
    </message>
    <message>
        <source>%1 leads: writes stop while it restarts (Patroni does not fail over for a restart)</source>
        <translation>%1 ist Leader: Schreibzugriffe stoppen, während er neu startet (Patroni führt für einen Neustart keinen Failover aus)</translation>
    </message>
    <message>
        <source>Data is replaced</source>
        <translation>Daten werden ersetzt</translation>
    </message>
    <message>
        <source>%1&apos;s data folder is removed and cloned again from the leader</source>
        <translation>Der Datenordner von %1 wird entfernt und erneut vom Leader geklont</translation>
    </message>
    <message>
        <source>Ask %1&apos;s Patroni to restart PostgreSQL</source>
        <translation>Patroni von %1 bitten, PostgreSQL neu zu starten</translation>
    </message>
    <message>
        <source>Wait until %1 runs again</source>
        <translation>Warten, bis %1 wieder läuft</translation>
    </message>
    <message>
        <source>GET /cluster</source>
        <translation>GET /cluster</translation>
    </message>
    <message>
        <source>Ask %1&apos;s Patroni to reinitialize it</source>
        <translation>Patroni von %1 bitten, ihn neu zu initialisieren</translation>
    </message>
    <message>
        <source>Wait until %1 streams again</source>
        <translation>Warten, bis %1 wieder streamt</translation>
    </message>
    <message>
        <source>Turn maintenance mode on</source>
        <translation>Wartungsmodus einschalten</translation>
    </message>
    <message>
        <source>Wait until the cluster reports it</source>
        <translation>Warten, bis der Cluster ihn meldet</translation>
    </message>
    <message>
        <source>Turn maintenance mode off</source>
        <translation>Wartungsmodus ausschalten</translation>
    </message>
    <message>
        <source> Set the REST user and password of profile %1.</source>
        <translation> Legen Sie den REST-Benutzer und das Passwort von Profil %1 fest.</translation>
    </message>
    <message>
        <source>Patroni refused: %1.%2</source>
        <translation>Patroni hat abgelehnt: %1.%2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopped watching; Patroni carries on by itself.</source>
        <translation>Beobachtung beendet; Patroni macht selbstständig weiter.</translation>
    </message>
    <message>
        <source>Not settled after 10 minutes: %1</source>
        <translation>Nach 10 Minuten nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Patroni may still be working on it.</source>
        <translation>Patroni arbeitet möglicherweise noch daran.</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>Patroni reports the change</source>
        <translation>Patroni meldet die Änderung</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>pgv::PatroniRecover</name>
    <message>
        <source>Recovery of %1 after an interrupted action (Patroni)</source>
        <translation>Wiederherstellung von %1 nach einer abgebrochenen Aktion (Patroni)</translation>
    </message>
    <message>
        <source>Patroni names no leader</source>
        <translation>Patroni nennt keinen Leader</translation>
    </message>
    <message>
        <source>Patroni names %1 the leader, but its server does not take writes yet</source>
        <translation>Patroni nennt %1 als Leader, aber sein Server nimmt noch keine Schreibzugriffe an</translation>
    </message>
    <message>
        <source>An interrupted action</source>
        <translation>Eine abgebrochene Aktion</translation>
    </message>
    <message>
        <source>none is left; the poolers are still checked</source>
        <translation>keine übrig; die Pooler werden trotzdem geprüft</translation>
    </message>
    <message>
        <source>Patroni answers</source>
        <translation>Patroni antwortet</translation>
    </message>
    <message>
        <source>GET /cluster from %1: %2</source>
        <translation>GET /cluster von %1: %2</translation>
    </message>
    <message>
        <source>The lab&apos;s poolers</source>
        <translation>Die Pooler des Labors</translation>
    </message>
    <message>
        <source>Wait for a leader</source>
        <translation>Auf einen Leader warten</translation>
    </message>
    <message>
        <source>GET /cluster until Patroni names a leader and its server takes writes (at most %1 s): Patroni finishes or undoes the role change itself</source>
        <translation>GET /cluster, bis Patroni einen Leader nennt und sein Server Schreibzugriffe annimmt (höchstens %1 s): Patroni schließt den Rollenwechsel selbst ab oder macht ihn rückgängig</translation>
    </message>
    <message>
        <source>Route the poolers to the leader and resume them</source>
        <translation>Die Pooler zum Leader leiten und fortsetzen</translation>
    </message>
    <message>
        <source>%1: [databases] rewritten and RELOAD, then RESUME wherever a database is paused</source>
        <translation>%1: [databases] neu geschrieben und RELOAD, dann RESUME überall, wo eine Datenbank pausiert ist</translation>
    </message>
    <message>
        <source>there are none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled while waiting for a leader.</source>
        <translation>Beim Warten auf einen Leader abgebrochen.</translation>
    </message>
    <message>
        <source>Run pgversectl recover again.</source>
        <translation>Führen Sie pgversectl recover erneut aus.</translation>
    </message>
    <message>
        <source>No leader after %1 s: %2</source>
        <translation>Kein Leader nach %1 s: %2</translation>
    </message>
    <message>
        <source>See patronictl list and the members&apos; logs; Patroni needs its DCS and a healthy member to elect one.</source>
        <translation>Siehe patronictl list und die Protokolle der Mitglieder; Patroni braucht seinen DCS und ein gesundes Mitglied, um einen Leader zu wählen.</translation>
    </message>
    <message>
        <source>%1 leads, after %2 ms</source>
        <translation>%1 ist Leader, nach %2 ms</translation>
    </message>
    <message>
        <source>no poolers</source>
        <translation>keine Pooler</translation>
    </message>
    <message>
        <source>%1 leads; nothing else was left to do.</source>
        <translation>%1 ist Leader; sonst war nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Not every pooler was routed to %1 and resumed: %2</source>
        <translation>Nicht jeder Pooler wurde zu %1 geleitet und fortgesetzt: %2</translation>
    </message>
    <message>
        <source>Start the poolers that are down (pgversectl lab start), then run pgversectl recover again.</source>
        <translation>Starten Sie die ausgefallenen Pooler (pgversectl lab start) und führen Sie dann pgversectl recover erneut aus.</translation>
    </message>
    <message>
        <source>%1 leads; the poolers route to it and none is paused.</source>
        <translation>%1 ist Leader; die Pooler leiten an ihn weiter, und keiner ist pausiert.</translation>
    </message>
    <message>
        <source>A leader takes writes</source>
        <translation>Ein Leader nimmt Schreibzugriffe an</translation>
    </message>
</context>
<context>
    <name>pgv::PatroniRoleChange</name>
    <message>
        <source>Switchover of %1 to %2 (Patroni)</source>
        <translation>Switchover von %1 auf %2 (Patroni)</translation>
    </message>
    <message>
        <source>Failover of %1 to %2 (Patroni)</source>
        <translation>Failover von %1 auf %2 (Patroni)</translation>
    </message>
    <message>
        <source>Patroni answers</source>
        <translation>Patroni antwortet</translation>
    </message>
    <message>
        <source>GET /cluster from %1: %2</source>
        <translation>GET /cluster von %1: %2</translation>
    </message>
    <message>
        <source>%1 members in scope %2</source>
        <translation>%1 Mitglieder im Scope %2</translation>
    </message>
    <message>
        <source>REST credentials</source>
        <translation>REST-Zugangsdaten</translation>
    </message>
    <message>
        <source>no REST password is set for %1: Patroni refuses changes without one (401)</source>
        <translation>für %1 ist kein REST-Passwort gesetzt: Patroni lehnt Änderungen ohne eines ab (401)</translation>
    </message>
    <message>
        <source>basic authentication as %1</source>
        <translation>Basic-Authentifizierung als %1</translation>
    </message>
    <message>
        <source>A leader to switch from</source>
        <translation>Ein Leader, von dem gewechselt werden kann</translation>
    </message>
    <message>
        <source>the cluster has no leader: use a failover</source>
        <translation>Der Cluster hat keinen Leader: Verwenden Sie einen Failover</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2</source>
        <translation>%1 ist Leader auf Timeline %2</translation>
    </message>
    <message>
        <source>The leader is gone</source>
        <translation>Der Leader ist weg</translation>
    </message>
    <message>
        <source>%1 still leads: a failover now would throw it out needlessly; use a switchover</source>
        <translation>%1 ist noch Leader: Ein Failover würde ihn jetzt unnötig verdrängen; verwenden Sie einen Switchover</translation>
    </message>
    <message>
        <source>Candidate is a member</source>
        <translation>Kandidat ist ein Mitglied</translation>
    </message>
    <message>
        <source>Patroni knows no member &quot;%1&quot; (members: %2)</source>
        <translation>Patroni kennt kein Mitglied „%1“ (Mitglieder: %2)</translation>
    </message>
    <message>
        <source>Candidate is a replica</source>
        <translation>Kandidat ist ein Replikat</translation>
    </message>
    <message>
        <source>%1 already leads</source>
        <translation>%1 ist bereits Leader</translation>
    </message>
    <message>
        <source>Candidate&apos;s REST API answers</source>
        <translation>REST-API des Kandidaten antwortet</translation>
    </message>
    <message>
        <source>%1: %2 — Patroni rejects a candidate it cannot reach</source>
        <translation>%1: %2 – Patroni lehnt einen Kandidaten ab, den es nicht erreichen kann</translation>
    </message>
    <message>
        <source>No nofailover tag</source>
        <translation>Kein nofailover-Tag</translation>
    </message>
    <message>
        <source>%1 is tagged nofailover: Patroni never promotes it</source>
        <translation>%1 hat das Tag nofailover: Patroni stuft ihn nie hoch</translation>
    </message>
    <message>
        <source>%1 may be promoted</source>
        <translation>%1 darf hochgestuft werden</translation>
    </message>
    <message>
        <source>Lag within maximum_lag_on_failover</source>
        <translation>Verzögerung innerhalb von maximum_lag_on_failover</translation>
    </message>
    <message>
        <source>Patroni reports %1&apos;s lag as unknown; it would refuse it</source>
        <translation>Patroni meldet die Verzögerung von %1 als unbekannt; es würde ihn ablehnen</translation>
    </message>
    <message>
        <source>%1 is %2 behind, over maximum_lag_on_failover (%3): Patroni would answer 412</source>
        <translation>%1 liegt %2 zurück, über maximum_lag_on_failover (%3): Patroni würde mit 412 antworten</translation>
    </message>
    <message>
        <source>%1 behind (limit %2)</source>
        <translation>%1 zurück (Limit %2)</translation>
    </message>
    <message>
        <source>Same timeline</source>
        <translation>Gleiche Timeline</translation>
    </message>
    <message>
        <source>%1 is on timeline %2, the leader on %3</source>
        <translation>%1 ist auf Timeline %2, der Leader auf %3</translation>
    </message>
    <message>
        <source>timeline %1</source>
        <translation>Timeline %1</translation>
    </message>
    <message>
        <source>Synchronous standby</source>
        <translation>Synchroner Standby</translation>
    </message>
    <message>
        <source>synchronous_mode is on and %1 is not the synchronous standby: Patroni would lose acknowledged transactions and refuses</source>
        <translation>synchronous_mode ist eingeschaltet, und %1 ist nicht der synchrone Standby: Patroni würde bestätigte Transaktionen verlieren und lehnt ab</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>the cluster is paused; a named candidate is allowed</source>
        <translation>Der Cluster ist pausiert; ein benannter Kandidat ist erlaubt</translation>
    </message>
    <message>
        <source>Candidate streams</source>
        <translation>Kandidat streamt</translation>
    </message>
    <message>
        <source>Patroni reports %1 as %2</source>
        <translation>Patroni meldet %1 als %2</translation>
    </message>
    <message>
        <source>Ask Patroni</source>
        <translation>Patroni beauftragen</translation>
    </message>
    <message>
        <source>Wait until %1 leads</source>
        <translation>Warten, bis %1 Leader ist</translation>
    </message>
    <message>
        <source>GET /cluster until it is the leader</source>
        <translation>GET /cluster, bis er der Leader ist</translation>
    </message>
    <message>
        <source>Wait for the new timeline</source>
        <translation>Auf die neue Timeline warten</translation>
    </message>
    <message>
        <source>GET /history until a timeline after %1 appears</source>
        <translation>GET /history, bis eine Timeline nach %1 erscheint</translation>
    </message>
    <message>
        <source>Wait until every replica streams</source>
        <translation>Warten, bis jedes Replikat streamt</translation>
    </message>
    <message>
        <source>GET /cluster until every other member streams from %1 on the new timeline</source>
        <translation>GET /cluster, bis jedes andere Mitglied auf der neuen Timeline von %1 streamt</translation>
    </message>
    <message>
        <source>Patroni refused the request: %1. Set the REST user and password of profile %2 (restapi.authentication).</source>
        <translation>Patroni hat die Anfrage abgelehnt: %1. Legen Sie den REST-Benutzer und das Passwort von Profil %2 fest (restapi.authentication).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Patroni refused: %1</source>
        <translation>Patroni hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>no answer yet (%1); following the cluster</source>
        <translation>noch keine Antwort (%1); verfolge den Cluster</translation>
    </message>
    <message>
        <source>stopped watching</source>
        <translation>Beobachtung beendet</translation>
    </message>
    <message>
        <source>still under way after %1 s</source>
        <translation>nach %1 s noch im Gange</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
    <message>
        <source>Stopped watching; Patroni carries on by itself.</source>
        <translation>Beobachtung beendet; Patroni macht selbstständig weiter.</translation>
    </message>
    <message>
        <source>Check with pgversectl status.</source>
        <translation>Prüfen Sie mit pgversectl status.</translation>
    </message>
    <message>
        <source>The role change did not complete: %1</source>
        <translation>Der Rollenwechsel wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Patroni may still be working on it; GET /cluster shows where it stands.</source>
        <translation>Patroni arbeitet möglicherweise noch daran; GET /cluster zeigt den Stand.</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2; every replica streams from it.</source>
        <translation>%1 ist Leader auf Timeline %2; jedes Replikat streamt von ihm.</translation>
    </message>
    <message>
        <source>Patroni: %1 leads</source>
        <translation>Patroni: %1 ist Leader</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 ist Leader</translation>
    </message>
    <message>
        <source>PostgreSQL: %1 is the only primary</source>
        <translation>PostgreSQL: %1 ist der einzige Primary</translation>
    </message>
    <message>
        <source>pg_is_in_recovery() is false there only</source>
        <translation>pg_is_in_recovery() ist nur dort false</translation>
    </message>
    <message>
        <source>%1 nodes accept writes</source>
        <translation>%1 Knoten nehmen Schreibzugriffe an</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Patroni did not make %1 the leader: it answered &quot;%2&quot;.</source>
        <translation>Patroni hat %1 nicht zum Leader gemacht: Es antwortete „%2“.</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2 (GET /cluster).</source>
        <translation>%1 ist Leader auf Timeline %2 (GET /cluster).</translation>
    </message>
    <message>
        <source>GET /cluster shows who leads now.</source>
        <translation>GET /cluster zeigt, wer jetzt Leader ist.</translation>
    </message>
    <message>
        <source>No member leads at the moment (GET /cluster: %1).</source>
        <translation>Derzeit ist kein Mitglied Leader (GET /cluster: %1).</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <source>%1 leads; Patroni still reports timeline %2, the one before the change, after %3 s (GET /cluster).</source>
        <translation>%1 ist Leader; Patroni meldet nach %3 s noch Timeline %2, die vor dem Wechsel (GET /cluster).</translation>
    </message>
    <message>
        <source>The lab&apos;s poolers</source>
        <translation>Die Pooler des Labors</translation>
    </message>
    <message>
        <source>%1: its poolers are neither paused nor routed</source>
        <translation>%1: Die Pooler werden weder pausiert noch umgeleitet</translation>
    </message>
    <message>
        <source>Poolers are not coordinated</source>
        <translation>Pooler werden nicht koordiniert</translation>
    </message>
    <message>
        <source>there are none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <source>PAUSE on %1 at once, each within %2 ms: from here their clients wait instead of failing, until the poolers resume</source>
        <translation>PAUSE auf %1 gleichzeitig, jeweils innerhalb von %2 ms: Ab hier warten ihre Clients, statt Fehler zu erhalten, bis die Pooler fortgesetzt werden</translation>
    </message>
    <message>
        <source>a failover has no leader to drain: %1 are only routed</source>
        <translation>ein Failover hat keinen Leader, dessen Transaktionen abzuwarten wären: %1 werden nur umgeleitet</translation>
    </message>
    <message>
        <source>--no-pooler-pause: %1 are not paused, so their clients get errors while the leader changes</source>
        <translation>--no-pooler-pause: %1 werden nicht pausiert, daher erhalten ihre Clients Fehler, während der Leader wechselt</translation>
    </message>
    <message>
        <source>Pause the poolers</source>
        <translation>Die Pooler pausieren</translation>
    </message>
    <message>
        <source>Route the poolers to %1 and resume them</source>
        <translation>Die Pooler zu %1 leiten und fortsetzen</translation>
    </message>
    <message>
        <source>once %1 takes writes: %2&apos;s [databases] rewritten and RELOAD, then RESUME; the result says how long clients were held</source>
        <translation>sobald %1 Schreibzugriffe annimmt: [databases] von %2 neu geschrieben und RELOAD, dann RESUME; das Ergebnis nennt, wie lange Clients zurückgehalten wurden</translation>
    </message>
    <message>
        <source>no poolers</source>
        <translation>keine Pooler</translation>
    </message>
    <message>
        <source>Not every pooler was routed to %1 (%2): fix it, then pgversectl pooler resume.</source>
        <translation>Nicht jeder Pooler wurde zu %1 geleitet (%2): beheben Sie das, dann pgversectl pooler resume.</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>--no-pooler-pause</source>
        <translation>--no-pooler-pause</translation>
    </message>
    <message>
        <source>Nothing was changed; no pooler stays paused.</source>
        <translation>Es wurde nichts geändert; kein Pooler bleibt pausiert.</translation>
    </message>
    <message>
        <source>Cancelled before anything changed.</source>
        <translation>Abgebrochen, bevor sich etwas geändert hat.</translation>
    </message>
    <message>
        <source>The poolers&apos; clients were held %1 ms.</source>
        <translation>Die Clients der Pooler wurden %1 ms zurückgehalten.</translation>
    </message>
    <message>
        <source>PostgresVerse pauses and routes only the poolers of its labs: the clients of %1 see errors while the leader changes unless they are paused by hand (pgversectl pooler pause), and those poolers must reach the new leader by themselves (a VIP, DNS name or HAProxy)</source>
        <translation>PostgresVerse pausiert und leitet nur die Pooler seiner Labore: Die Clients von %1 erhalten Fehler, während der Leader wechselt, sofern sie nicht von Hand pausiert werden (pgversectl pooler pause), und diese Pooler müssen den neuen Leader selbst erreichen (über eine VIP, einen DNS-Namen oder HAProxy)</translation>
    </message>
    <message>
        <source>The poolers still hold their clients (RESUME failed): pgversectl pooler resume. %1</source>
        <translation>Die Pooler halten ihre Clients noch fest (RESUME fehlgeschlagen): pgversectl pooler resume. %1</translation>
    </message>
    <message>
        <source>Poolers released on the way out: %1</source>
        <translation>Pooler beim Beenden der Aktion freigegeben: %1</translation>
    </message>
    <message>
        <source>Patroni has not made %1 the leader after %2 s: the poolers&apos; clients are let go.</source>
        <translation>Patroni hat %1 nach %2 s nicht zum Leader gemacht: Die Clients der Pooler werden freigegeben.</translation>
    </message>
</context>
<context>
    <name>pgv::PgBackRest</name>
    <message>
        <source>pgBackRest is not installed%1: install Debian&apos;s package (apt install pgbackrest) or back up with --tool basebackup.</source>
        <translation>pgBackRest ist nicht installiert%1: Installieren Sie das Debian-Paket (apt install pgbackrest) oder sichern Sie mit --tool basebackup.</translation>
    </message>
    <message>
        <source> (PGVERSE_PGBACKREST names %1)</source>
        <translation> (PGVERSE_PGBACKREST nennt %1)</translation>
    </message>
    <message>
        <source>%1 is not a node of lab %2.</source>
        <translation>%1 ist kein Knoten von Labor %2.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No pgBackRest repository in lab %1 yet: run a backup with --tool pgbackrest first.</source>
        <translation>Noch kein pgBackRest-Repository in Labor %1: Führen Sie zuerst ein Backup mit --tool pgbackrest aus.</translation>
    </message>
</context>
<context>
    <name>pgv::PgBackRestBackup</name>
    <message>
        <source>pgBackRest %1 backup of lab %2</source>
        <translation>pgBackRest-%1-Backup von Labor %2</translation>
    </message>
    <message>
        <source>pgBackRest</source>
        <translation>pgBackRest</translation>
    </message>
    <message>
        <source>Lab kind</source>
        <translation>Laborart</translation>
    </message>
    <message>
        <source>In a Patroni lab, Patroni owns archive_command: back it up with --tool basebackup.</source>
        <translation>In einem Patroni-Labor verwaltet Patroni archive_command: Sichern Sie mit --tool basebackup.</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>No primary of lab %1 is running: start the lab first.</source>
        <translation>Kein Primary von Labor %1 läuft: Starten Sie zuerst das Labor.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>WAL archiving</source>
        <translation>WAL-Archivierung</translation>
    </message>
    <message>
        <source>archive_mode is %1</source>
        <translation>archive_mode ist %1</translation>
    </message>
    <message>
        <source>archive_mode is off: turn it on and restart the primary.</source>
        <translation>archive_mode ist aus: Schalten Sie es ein und starten Sie den Primary neu.</translation>
    </message>
    <message>
        <source>Prior backup</source>
        <translation>Vorheriges Backup</translation>
    </message>
    <message>
        <source>A %1 backup builds on a full one: run a full backup first.</source>
        <translation>Ein %1-Backup baut auf einem vollständigen auf: Führen Sie zuerst ein vollständiges Backup aus.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Another backup of this stanza is running: wait for it to finish.</source>
        <translation>Ein anderes Backup dieser Stanza läuft: Warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>%1 backup(s) in %2</source>
        <translation>%1 Backup(s) in %2</translation>
    </message>
    <message>
        <source>Configure the repository and WAL archiving</source>
        <translation>Repository und WAL-Archivierung konfigurieren</translation>
    </message>
    <message>
        <source>%1 for primary %2; archive_command also pushes WAL to pgBackRest (ALTER SYSTEM and reload on every running node)</source>
        <translation>%1 für Primary %2; archive_command überträgt WAL zusätzlich an pgBackRest (ALTER SYSTEM und Reload auf jedem laufenden Knoten)</translation>
    </message>
    <message>
        <source>Create the stanza</source>
        <translation>Die Stanza anlegen</translation>
    </message>
    <message>
        <source>exists: skipped</source>
        <translation>existiert: übersprungen</translation>
    </message>
    <message>
        <source>pgbackrest stanza-create</source>
        <translation>pgbackrest stanza-create</translation>
    </message>
    <message>
        <source>Check archiving</source>
        <translation>Archivierung prüfen</translation>
    </message>
    <message>
        <source>pgbackrest check: a WAL switch must reach the repository</source>
        <translation>pgbackrest check: ein WAL-Wechsel muss das Repository erreichen</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>pgbackrest backup --type=%1 (start-fast, lz4)</source>
        <translation>pgbackrest backup --type=%1 (start-fast, lz4)</translation>
    </message>
    <message>
        <source>The cluster keeps running; earlier backups in %1 are untouched.</source>
        <translation>Der Cluster läuft weiter; frühere Backups in %1 bleiben unberührt.</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>copying files</source>
        <translation>kopiere Dateien</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Backup abgebrochen.</translation>
    </message>
    <message>
        <source>The cluster is unchanged; the aborted backup is not listed.</source>
        <translation>Der Cluster ist unverändert; das abgebrochene Backup wird nicht aufgeführt.</translation>
    </message>
    <message>
        <source>%1 backup %2 of %3 (%4 in the repository).</source>
        <translation>%1-Backup %2 von %3 (%4 im Repository).</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>pgBackRest lists no new backup.</source>
        <translation>pgBackRest führt kein neues Backup auf.</translation>
    </message>
    <message>
        <source>%1 listed, %2 to %3</source>
        <translation>%1 aufgeführt, %2 bis %3</translation>
    </message>
    <message>
        <source>Page checksums</source>
        <translation>Seitenprüfsummen</translation>
    </message>
    <message>
        <source>pgBackRest found checksum errors while copying</source>
        <translation>pgBackRest hat beim Kopieren Prüfsummenfehler gefunden</translation>
    </message>
    <message>
        <source>no errors reported</source>
        <translation>keine Fehler gemeldet</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>fertig nach %1 s</translation>
    </message>
    <message>
        <source>pgBackRest lists it as %1</source>
        <translation>pgBackRest führt sie als %1</translation>
    </message>
</context>
<context>
    <name>pgv::PgBackRestExpire</name>
    <message>
        <source>Expire old pgBackRest backups of lab %1</source>
        <translation>Alte pgBackRest-Backups von Labor %1 ablaufen lassen</translation>
    </message>
    <message>
        <source>pgBackRest</source>
        <translation>pgBackRest</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>%1 backup(s)</source>
        <translation>%1 Backup(s)</translation>
    </message>
    <message>
        <source>Running backup</source>
        <translation>Laufendes Backup</translation>
    </message>
    <message>
        <source>A backup is running: expire after it ends.</source>
        <translation>Ein Backup läuft: Lassen Sie Backups erst nach dessen Ende ablaufen.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Nothing to expire: fewer than %1 full backups are older than the newest ones.</source>
        <translation>Nichts abzulaufen: Weniger als %1 vollständige Backups sind älter als die neuesten.</translation>
    </message>
    <message>
        <source>%1 full backups stay, with what builds on them</source>
        <translation>%1 vollständige Backups bleiben, mit allem, was auf ihnen aufbaut</translation>
    </message>
    <message>
        <source>Remove expired backups</source>
        <translation>Abgelaufene Backups entfernen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>pgbackrest expire removes: %1, and WAL only they needed</source>
        <translation>pgbackrest expire entfernt: %1, und WAL, das nur diese benötigten</translation>
    </message>
    <message>
        <source>Run pgversectl backup list to see what remains.</source>
        <translation>Führen Sie pgversectl backup list aus, um zu sehen, was bleibt.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Nothing was expired.</source>
        <translation>Nichts ist abgelaufen.</translation>
    </message>
    <message>
        <source>Expired %1.</source>
        <translation>%1 abgelaufen.</translation>
    </message>
    <message>
        <source>%1 is still listed</source>
        <translation>%1 ist noch aufgeführt</translation>
    </message>
    <message>
        <source>%1 backup(s) remain</source>
        <translation>%1 Backup(s) verbleiben</translation>
    </message>
</context>
<context>
    <name>pgv::PgBackRestRestore</name>
    <message>
        <source>the latest archived WAL</source>
        <translation>das zuletzt archivierte WAL</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>Zeitpunkt %1</translation>
    </message>
    <message>
        <source>LSN %1</source>
        <translation>LSN %1</translation>
    </message>
    <message>
        <source>restore point %1</source>
        <translation>Wiederherstellungspunkt %1</translation>
    </message>
    <message>
        <source>the end of the backup (consistent)</source>
        <translation>das Ende des Backups (konsistent)</translation>
    </message>
    <message>
        <source>Restore of lab %1 to %2 into %3 (port %4)</source>
        <translation>Wiederherstellung von Labor %1 bis %2 nach %3 (Port %4)</translation>
    </message>
    <message>
        <source>pgBackRest</source>
        <translation>pgBackRest</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The repository holds no backup yet: run pgversectl backup run first.</source>
        <translation>Das Repository enthält noch kein Backup: Führen Sie zuerst pgversectl backup run aus.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>WAL archiving</source>
        <translation>WAL-Archivierung</translation>
    </message>
    <message>
        <source>failing since %1 (%2): the newest changes cannot be restored</source>
        <translation>schlägt fehl seit %1 (%2): Die neuesten Änderungen können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1 segments archived</source>
        <translation>%1 Segmente archiviert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The target time is not a valid time.</source>
        <translation>Die Zielzeit ist keine gültige Zeitangabe.</translation>
    </message>
    <message>
        <source>%1 is outside the recoverable window, %2: choose a time inside it.</source>
        <translation>%1 liegt außerhalb des wiederherstellbaren Zeitraums %2: Wählen Sie einen Zeitpunkt darin.</translation>
    </message>
    <message>
        <source>%1, inside %2</source>
        <translation>%1, innerhalb von %2</translation>
    </message>
    <message>
        <source>%1 is not an LSN (like 0/3000060).</source>
        <translation>%1 ist keine LSN (wie 0/3000060).</translation>
    </message>
    <message>
        <source>Name the restore point (pg_create_restore_point).</source>
        <translation>Nennen Sie den Wiederherstellungspunkt (pg_create_restore_point).</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose a folder for the restored server.</source>
        <translation>Wählen Sie einen Ordner für den wiederhergestellten Server.</translation>
    </message>
    <message>
        <source>%1 is not empty: restore into a new or empty folder; nothing is overwritten.</source>
        <translation>%1 ist nicht leer: Stellen Sie in einen neuen oder leeren Ordner wieder her; nichts wird überschrieben.</translation>
    </message>
    <message>
        <source>%1 is inside the lab&apos;s data folders: choose a folder of its own.</source>
        <translation>%1 liegt in den Datenordnern des Labors: Wählen Sie einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Choose a port between 1024 and 65535.</source>
        <translation>Wählen Sie einen Port zwischen 1024 und 65535.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is taken: choose another one.</source>
        <translation>Port %1 auf 127.0.0.1 ist belegt: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>127.0.0.1:%1 is free</source>
        <translation>127.0.0.1:%1 ist frei</translation>
    </message>
    <message>
        <source>Archive the newest WAL</source>
        <translation>Das neueste WAL archivieren</translation>
    </message>
    <message>
        <source>pg_switch_wal() on %1, then wait until pg_stat_archiver has it</source>
        <translation>pg_switch_wal() auf %1, dann warten, bis pg_stat_archiver es erfasst hat</translation>
    </message>
    <message>
        <source>Restore the files</source>
        <translation>Die Dateien wiederherstellen</translation>
    </message>
    <message>
        <source>pgbackrest restore %1 --target-action=%2 --archive-mode=off into %3</source>
        <translation>pgbackrest restore %1 --target-action=%2 --archive-mode=off nach %3</translation>
    </message>
    <message>
        <source>Start the restored server</source>
        <translation>Den wiederhergestellten Server starten</translation>
    </message>
    <message>
        <source>pg_ctl start on 127.0.0.1:%1 as a stand-alone server</source>
        <translation>pg_ctl start auf 127.0.0.1:%1 als eigenständiger Server</translation>
    </message>
    <message>
        <source>Reach the target</source>
        <translation>Das Ziel erreichen</translation>
    </message>
    <message>
        <source>recovery replays WAL up to %1, then promotes</source>
        <translation>die Recovery spielt WAL bis %1 ein und stuft dann hoch</translation>
    </message>
    <message>
        <source>recovery replays WAL up to %1, then pauses (read-only)</source>
        <translation>die Recovery spielt WAL bis %1 ein und pausiert dann (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Run the check query</source>
        <translation>Die Prüfabfrage ausführen</translation>
    </message>
    <message>
        <source>none given: skipped</source>
        <translation>keine angegeben: übersprungen</translation>
    </message>
    <message>
        <source>The lab is untouched.</source>
        <translation>Das Labor ist unberührt.</translation>
    </message>
    <message>
        <source>no primary running</source>
        <translation>kein Primary läuft</translation>
    </message>
    <message>
        <source>Cancelled before anything was restored.</source>
        <translation>Abgebrochen, bevor etwas wiederhergestellt wurde.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The partial restore was removed.</source>
        <translation>Die unvollständige Wiederherstellung wurde entfernt.</translation>
    </message>
    <message>
        <source>The restored files stay in %1; stop the server with: pg_ctl -D %1 stop (as %2).</source>
        <translation>Die wiederhergestellten Dateien bleiben in %1; stoppen Sie den Server mit: pg_ctl -D %1 stop (als %2).</translation>
    </message>
    <message>
        <source>The restored server did not reach %1: %2 (see %3).</source>
        <translation>Der wiederhergestellte Server hat %1 nicht erreicht: %2 (siehe %3).</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>hochgestuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>The check query failed: %1</source>
        <translation>Die Prüfabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restored server</source>
        <translation>Wiederhergestellter Server</translation>
    </message>
    <message>
        <source>answers on port %1 and accepts writes</source>
        <translation>antwortet auf Port %1 und nimmt Schreibzugriffe an</translation>
    </message>
    <message>
        <source>still in recovery</source>
        <translation>noch in Recovery</translation>
    </message>
    <message>
        <source>answers on port %1, paused at the target (read-only)</source>
        <translation>antwortet auf Port %1, am Ziel pausiert (schreibgeschützt)</translation>
    </message>
    <message>
        <source>was promoted although pausing was asked for</source>
        <translation>wurde hochgestuft, obwohl Pausieren verlangt war</translation>
    </message>
    <message>
        <source>Timeline history</source>
        <translation>Timeline-Verlauf</translation>
    </message>
    <message>
        <source>archived for every timeline up to %1</source>
        <translation>für jede Timeline bis %1 archiviert</translation>
    </message>
    <message>
        <source>the repository lacks %1: recovery cannot follow the cluster onto timeline %2, so a restore ends before it</source>
        <translation>dem Repository fehlt %1: Die Recovery kann dem Cluster nicht auf Timeline %2 folgen, daher endet eine Wiederherstellung davor</translation>
    </message>
    <message>
        <source>the server exited: %1</source>
        <translation>der Server hat sich beendet: %1</translation>
    </message>
    <message>
        <source>The restored server stopped before reaching %1: %2 (see %3).</source>
        <translation>Der wiederhergestellte Server hat angehalten, bevor er %1 erreichte: %2 (siehe %3).</translation>
    </message>
    <message>
        <source>Nothing runs on port %1; the restored files stay in %2.</source>
        <translation>Auf Port %1 läuft nichts; die wiederhergestellten Dateien bleiben in %2.</translation>
    </message>
    <message>
        <source>position unknown (%1)</source>
        <translation>Position unbekannt (%1)</translation>
    </message>
    <message>
        <source>replayed up to %1, last transaction at %2</source>
        <translation>bis %1 eingespielt, letzte Transaktion um %2</translation>
    </message>
    <message>
        <source>replayed up to %1, no transaction replayed after the backup</source>
        <translation>bis %1 eingespielt, keine Transaktion nach dem Backup eingespielt</translation>
    </message>
    <message>
        <source>Recovery ended at %1, short of the archive&apos;s end %2: the archive lacks WAL or a timeline&apos;s history file between them, so changes after %1 are not in the restored server (%3). Check the archive with pgversectl backup verify and the primary&apos;s pg_stat_archiver.</source>
        <translation>Die Recovery endete bei %1, vor dem Ende des Archivs %2: Dem Archiv fehlt dazwischen WAL oder die History-Datei einer Timeline, daher sind Änderungen nach %1 nicht im wiederhergestellten Server (%3). Prüfen Sie das Archiv mit pgversectl backup verify und pg_stat_archiver des Primary.</translation>
    </message>
    <message>
        <source>Restored to %1 (%2): a stand-alone server runs on 127.0.0.1:%3 with its data in %4.</source>
        <translation>Wiederhergestellt bis %1 (%2): Ein eigenständiger Server läuft auf 127.0.0.1:%3 mit seinen Daten in %4.</translation>
    </message>
    <message>
        <source>Archived WAL</source>
        <translation>Archiviertes WAL</translation>
    </message>
    <message>
        <source>the repository lacks segment %1: no restore gets past it</source>
        <translation>dem Repository fehlt Segment %1: Keine Wiederherstellung kommt darüber hinaus</translation>
    </message>
    <message>
        <source>no primary runs: the newest changes are those in the newest archived segment, %1; what the primary had not archived when it stopped cannot be restored</source>
        <translation>kein Primärserver läuft: die neuesten Änderungen sind die im neuesten archivierten Segment, %1; was der Primärserver beim Anhalten noch nicht archiviert hatte, lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
        <source>no primary running: the end to reach is the newest archived segment, at %1</source>
        <translation>kein Primärserver läuft: zu erreichen ist das neueste archivierte Segment, bei %1</translation>
    </message>
    <message>
        <source>pg_stat_archiver last archived %1, %2 failure(s), last failed %3</source>
        <translation>pg_stat_archiver zuletzt archiviert: %1, %2 Fehlschläge, zuletzt fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read: %1</source>
        <translation>pg_stat_archiver ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 did not reach the archive within a minute (%2): look at the server log (%3).</source>
        <translation>%1 hat das Archiv nicht binnen einer Minute erreicht (%2): Sehen Sie in das Serverprotokoll (%3).</translation>
    </message>
</context>
<context>
    <name>pgv::PlanCompareDialog</name>
    <message>
        <source>Compare plans: %1 ↔ %2</source>
        <translation>Pläne vergleichen: %1 ↔ %2</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>pgv::PlanComparisonModel</name>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>%1 nodes matched, %2 only on the left, %3 only on the right</source>
        <translation>%1 Knoten zugeordnet, %2 nur links, %3 nur rechts</translation>
    </message>
    <message>
        <source>(not in this plan)</source>
        <translation>(nicht in diesem Plan)</translation>
    </message>
    <message>
        <source>Left plan</source>
        <translation>Linker Plan</translation>
    </message>
    <message>
        <source>Right plan</source>
        <translation>Rechter Plan</translation>
    </message>
    <message>
        <source>Own ms (L)</source>
        <translation>Eigene ms (L)</translation>
    </message>
    <message>
        <source>Own ms (R)</source>
        <translation>Eigene ms (R)</translation>
    </message>
    <message>
        <source>Δ ms</source>
        <translation>Δ ms</translation>
    </message>
    <message>
        <source>Rows (L)</source>
        <translation>Zeilen (L)</translation>
    </message>
    <message>
        <source>Rows (R)</source>
        <translation>Zeilen (R)</translation>
    </message>
    <message>
        <source>Buffers (L)</source>
        <translation>Buffers (L)</translation>
    </message>
    <message>
        <source>Buffers (R)</source>
        <translation>Buffers (R)</translation>
    </message>
    <message>
        <source>Δ buffers</source>
        <translation>Δ Buffers</translation>
    </message>
</context>
<context>
    <name>pgv::PlanDetailsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>shared hit %1, read %2, dirtied %3, written %4; local hit %5, read %6; temp read %7, written %8</source>
        <translation>shared hit %1, read %2, dirtied %3, written %4; local hit %5, read %6; temp read %7, written %8</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Subplan</source>
        <translation>Subplan</translation>
    </message>
    <message>
        <source>Own time</source>
        <translation>Eigene Zeit</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source> (per process, %1 processes)</source>
        <translation> (pro Prozess, %1 Prozesse)</translation>
    </message>
    <message>
        <source>Share of the query</source>
        <translation>Anteil an der Abfrage</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>, %1 actual per loop</source>
        <translation>, %1 tatsächlich pro Schleife</translation>
    </message>
    <message>
        <source> — underestimated %1×</source>
        <translation> – %1× unterschätzt</translation>
    </message>
    <message>
        <source> — overestimated %1×</source>
        <translation> – %1× überschätzt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Buffers, own</source>
        <translation>Buffers, eigene</translation>
    </message>
    <message>
        <source>Buffers, with children</source>
        <translation>Buffers, mit Kindknoten</translation>
    </message>
    <message>
        <source>I/O time, with children</source>
        <translation>I/O-Zeit, mit Kindknoten</translation>
    </message>
    <message>
        <source>read %1, write %2</source>
        <translation>Lesen %1, Schreiben %2</translation>
    </message>
    <message>
        <source>Spilled to disk</source>
        <translation>Auf die Festplatte ausgelagert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
</context>
<context>
    <name>pgv::PlanDiagramView</name>
    <message>
        <source>No plan loaded</source>
        <translation>Kein Plan geladen</translation>
    </message>
    <message>
        <source>%1 more (click to show)</source>
        <translation>%1 weitere (zum Anzeigen klicken)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows planned</source>
        <translation>%1 Zeilen geplant</translation>
    </message>
    <message>
        <source>Total %1, own %2</source>
        <translation>Gesamt %1, eigene %2</translation>
    </message>
    <message>
        <source>Rows: %1 planned, %2 actual, %3 loops</source>
        <translation>Zeilen: %1 geplant, %2 tatsächlich, %3 Schleifen</translation>
    </message>
</context>
<context>
    <name>pgv::PlanHotspotModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Own ms</source>
        <translation>Eigene ms</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>pgv::PlanLoader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>pgv::PlanPage</name>
    <message>
        <source>Plans (*.json *.txt *.plan *.sql);;All files (*)</source>
        <translation>Pläne (*.json *.txt *.plan *.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2: larger than any plan. Choose the file that holds EXPLAIN&apos;s output.</source>
        <translation>%1 ist %2 groß: größer als jeder Plan. Wählen Sie die Datei, die die Ausgabe von EXPLAIN enthält.</translation>
    </message>
    <message>
        <source>Find nodes (Ctrl+F): Seq Scan, orders, idx_…</source>
        <translation>Knoten suchen (Strg+F): Seq Scan, orders, idx_…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No plan yet&lt;/h3&gt;&lt;p&gt;Paste the output of &lt;tt&gt;EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)&lt;/tt&gt; or psql&apos;s text plan (Ctrl+Shift+V), open a file (Ctrl+O) or drop one here,&lt;br&gt;or run EXPLAIN on a node of the open cluster in the runner above (Ctrl+Return).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Plan&lt;/h3&gt;&lt;p&gt;Fügen Sie die Ausgabe von &lt;tt&gt;EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)&lt;/tt&gt; oder den Textplan von psql ein (Strg+Umschalt+V), öffnen Sie eine Datei (Strg+O) oder legen Sie eine hier ab,&lt;br&gt;oder führen Sie EXPLAIN im Runner oben auf einem Knoten des geöffneten Clusters aus (Strg+Eingabe).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 kann nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>&amp;Paste plan</source>
        <translation>Plan &amp;einfügen</translation>
    </message>
    <message>
        <source>Compare with &amp;file…</source>
        <translation>&amp;Mit Datei vergleichen …</translation>
    </message>
    <message>
        <source>Compare with &amp;clipboard</source>
        <translation>Mit &amp;Zwischenablage vergleichen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Find node</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>EXPLAIN &amp;runner</source>
        <translation>EXPLAIN-&amp;Runner</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the output of EXPLAIN first (in psql: \o plan.txt, or EXPLAIN (FORMAT JSON) and copy the whole result).</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst die Ausgabe von EXPLAIN (in psql: \o plan.txt, oder EXPLAIN (FORMAT JSON) und das ganze Ergebnis kopieren).</translation>
    </message>
    <message>
        <source>Pasted plan</source>
        <translation>Eingefügter Plan</translation>
    </message>
    <message>
        <source>Load a plan first, then compare another one with it.</source>
        <translation>Laden Sie zuerst einen Plan und vergleichen Sie dann einen anderen damit.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>That run&apos;s plan was larger than the history keeps (2 MB); run the statement again to see it.</source>
        <translation>Der Plan dieser Ausführung war größer, als der Verlauf aufbewahrt (2 MB); führen Sie die Anweisung erneut aus, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>That run ended without a plan: %1</source>
        <translation>Diese Ausführung endete ohne Plan: %1</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>planning %1 ms</source>
        <translation>Planung %1 ms</translation>
    </message>
    <message>
        <source>execution %1 ms</source>
        <translation>Ausführung %1 ms</translation>
    </message>
    <message>
        <source>estimates only (no ANALYZE)</source>
        <translation>nur Schätzungen (kein ANALYZE)</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>%1 is not a plan PostgresVerse can read: %2. Paste the complete output of EXPLAIN — JSON (FORMAT JSON) or psql&apos;s text format, from its first line.</source>
        <translation>%1 ist kein Plan, den PostgresVerse lesen kann: %2. Fügen Sie die vollständige Ausgabe von EXPLAIN ein – JSON (FORMAT JSON) oder das Textformat von psql, ab der ersten Zeile.</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Compare with plan</source>
        <translation>Mit Plan vergleichen</translation>
    </message>
    <message>
        <source>Dropped plan</source>
        <translation>Abgelegter Plan</translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation>keine lesbare Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>The plan is still being saved to %1: try again in a moment.</source>
        <translation>Der Plan wird noch in %1 gespeichert: bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Pläne</translation>
    </message>
</context>
<context>
    <name>pgv::PlanSourceView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Copy the selected node&apos;s text</source>
        <translation>Text des gewählten Knotens kopieren</translation>
    </message>
</context>
<context>
    <name>pgv::PlanTreeModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Own ms</source>
        <translation>Eigene ms</translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation>Gesamt ms</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Planned rows</source>
        <translation>Geplante Zeilen</translation>
    </message>
    <message>
        <source>Actual rows</source>
        <translation>Tatsächliche Zeilen</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Schleifen</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Buffers</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows planned</source>
        <translation>%1 Zeilen geplant</translation>
    </message>
    <message>
        <source>%1 loops</source>
        <translation>%1 Durchläufe</translation>
    </message>
    <message>
        <source>estimate %1</source>
        <translation>Schätzung %1</translation>
    </message>
    <message>
        <source>%1 buffers</source>
        <translation>%1 Buffers</translation>
    </message>
</context>
<context>
    <name>pgv::PlanViewer</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Dia&amp;gram</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Plan te&amp;xt</source>
        <translation>Plan&amp;text</translation>
    </message>
    <message>
        <source>Copy node</source>
        <translation>Knoten kopieren</translation>
    </message>
    <message>
        <source>Copy subtree</source>
        <translation>Teilbaum kopieren</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Show in diagram</source>
        <translation>Im Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Show in plan text</source>
        <translation>Im Plantext anzeigen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>The plan as psql prints EXPLAIN&apos;s default text format</source>
        <translation>Der Plan, wie psql das Standard-Textformat von EXPLAIN ausgibt</translation>
    </message>
    <message>
        <source>As ps&amp;ql prints it</source>
        <translation>Wie ps&amp;ql ihn ausgibt</translation>
    </message>
    <message>
        <source>H&amp;ot spots</source>
        <translation>Brenn&amp;punkte</translation>
    </message>
</context>
<context>
    <name>pgv::PoolListModel</name>
    <message>
        <source>Server connections linked to a client now, of pool_size %1.</source>
        <translation>Serververbindungen, die gerade einem Client zugeordnet sind, von pool_size %1.</translation>
    </message>
    <message>
        <source>Server connections linked to a client now.</source>
        <translation>Serververbindungen, die gerade einem Client zugeordnet sind.</translation>
    </message>
    <message>
        <source>Server connections ready for the next client.</source>
        <translation>Serververbindungen, die für den nächsten Client bereitstehen.</translation>
    </message>
    <message>
        <source>Server connections idle longer than server_check_delay: checked before reuse.</source>
        <translation>Serververbindungen, die länger als server_check_delay im Leerlauf sind: Sie werden vor der Wiederverwendung geprüft.</translation>
    </message>
    <message>
        <source>Of the database %1, since the last poll (SHOW STATS totals).</source>
        <translation>Werte der Datenbank %1 seit der letzten Abfrage (Summen aus SHOW STATS).</translation>
    </message>
    <message>
        <source>Of the database %1: PgBouncer&apos;s average over its stats_period, until a second poll.</source>
        <translation>Werte der Datenbank %1: Durchschnitt von PgBouncer über sein stats_period, bis zu einer zweiten Abfrage.</translation>
    </message>
    <message>
        <source>Pooler</source>
        <translation>Pooler</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Clients active</source>
        <translation>Clients aktiv</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Servers active</source>
        <translation>Server aktiv</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Im Leerlauf</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Benutzt</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Xact/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <source>Query/s</source>
        <translation>Abfragen/s</translation>
    </message>
    <message>
        <source>Avg xact</source>
        <translation>Ø Transaktion</translation>
    </message>
    <message>
        <source>Avg query</source>
        <translation>Ø Abfrage</translation>
    </message>
    <message>
        <source>Avg wait</source>
        <translation>Ø Wartezeit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
</context>
<context>
    <name>pgv::PoolerConsole</name>
    <message>
        <source>%1&apos;s admin console cannot be reached: %2. Check that PgBouncer runs there and that the user is one of its admin_users or stats_users.</source>
        <translation>Die Admin-Konsole von %1 ist nicht erreichbar: %2. Prüfen Sie, ob PgBouncer dort läuft und ob der Benutzer zu seinen admin_users oder stats_users gehört.</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>pgv::PoolerControl</name>
    <message>
        <source>every database</source>
        <translation>alle Datenbanken</translation>
    </message>
    <message>
        <source>Pause %1 on %2</source>
        <translation>Auf %2 %1 pausieren</translation>
    </message>
    <message>
        <source>Resume %1 on %2</source>
        <translation>Auf %2 %1 fortsetzen</translation>
    </message>
    <message>
        <source>Reconnect the servers of %1 on %2</source>
        <translation>Auf %2 die Serververbindungen für %1 neu aufbauen</translation>
    </message>
    <message>
        <source>Reload the configuration of %1</source>
        <translation>Konfiguration von %1 neu laden</translation>
    </message>
    <message>
        <source>Kill the connections to %1 on %2</source>
        <translation>Auf %2 die Verbindungen zu %1 beenden</translation>
    </message>
    <message>
        <source>Poolers to act on</source>
        <translation>Pooler für die Aktion</translation>
    </message>
    <message>
        <source>%1 lists no poolers: add their admin consoles to the profile (a lab: pgversectl lab pooler add).</source>
        <translation>%1 führt keine Pooler auf: Fügen Sie ihre Admin-Konsolen dem Profil hinzu (ein Labor: pgversectl lab pooler add).</translation>
    </message>
    <message>
        <source>A database to kill</source>
        <translation>Eine Datenbank für KILL</translation>
    </message>
    <message>
        <source>KILL drops every connection of one database: name it (--database).</source>
        <translation>KILL trennt jede Verbindung einer Datenbank: Nennen Sie sie (--database).</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>%1, %2 clients</source>
        <translation>%1, %2 Clients</translation>
    </message>
    <message>
        <source>%1 has database %2</source>
        <translation>%1 hat die Datenbank %2</translation>
    </message>
    <message>
        <source>%1 routes only %2</source>
        <translation>%1 leitet nur %2 weiter</translation>
    </message>
    <message>
        <source>%1: how long clients may wait</source>
        <translation>%1: wie lange Clients warten dürfen</translation>
    </message>
    <message>
        <source>paused clients wait; PgBouncer disconnects them after query_wait_timeout (%1 s): resume before that</source>
        <translation>pausierte Clients warten; PgBouncer trennt sie nach query_wait_timeout (%1 s): Setzen Sie vorher fort</translation>
    </message>
    <message>
        <source>%1: already paused</source>
        <translation>%1: bereits pausiert</translation>
    </message>
    <message>
        <source>%1 is paused already (by someone else: this action leaves it to them)</source>
        <translation>%1 ist bereits pausiert (durch jemand anderen: Diese Aktion überlässt das ihm)</translation>
    </message>
    <message>
        <source>Something to resume</source>
        <translation>Etwas zum Fortsetzen</translation>
    </message>
    <message>
        <source>no database shows paused; a bare PAUSE (which PgBouncer 1.18 shows nowhere) is resumed too</source>
        <translation>keine Datenbank wird als pausiert angezeigt; ein bloßes PAUSE (das PgBouncer 1.18 nirgends anzeigt) wird ebenfalls fortgesetzt</translation>
    </message>
    <message>
        <source>every database it routes</source>
        <translation>alle weitergeleiteten Datenbanken</translation>
    </message>
    <message>
        <source>PAUSE %1 on %2, all at once</source>
        <translation>PAUSE %1 auf %2, alle gleichzeitig</translation>
    </message>
    <message>
        <source>each waits for its running transactions to end (at most %1 s, else everything is resumed); new queries wait until RESUME</source>
        <translation>jeder wartet, bis seine laufenden Transaktionen enden (höchstens %1 s, sonst wird alles fortgesetzt); neue Abfragen warten bis RESUME</translation>
    </message>
    <message>
        <source>RESUME %1 on %2</source>
        <translation>RESUME %1 auf %2</translation>
    </message>
    <message>
        <source>whatever is paused</source>
        <translation>alles Pausierte</translation>
    </message>
    <message>
        <source>waiting clients go on</source>
        <translation>wartende Clients machen weiter</translation>
    </message>
    <message>
        <source>RECONNECT %1 on %2</source>
        <translation>RECONNECT %1 auf %2</translation>
    </message>
    <message>
        <source>server connections close once released and open anew</source>
        <translation>Serververbindungen werden geschlossen, sobald sie freigegeben sind, und neu geöffnet</translation>
    </message>
    <message>
        <source>RELOAD on %1</source>
        <translation>RELOAD auf %1</translation>
    </message>
    <message>
        <source>PgBouncer reads its configuration again; connections to a changed server close once released</source>
        <translation>PgBouncer liest seine Konfiguration erneut; Verbindungen zu einem geänderten Server werden geschlossen, sobald sie freigegeben sind</translation>
    </message>
    <message>
        <source>KILL %1 on %2</source>
        <translation>KILL %1 auf %2</translation>
    </message>
    <message>
        <source>every client and server connection of it is dropped now</source>
        <translation>jede ihrer Client- und Serververbindungen wird sofort getrennt</translation>
    </message>
    <message>
        <source>after a KILL, new clients wait until RESUME</source>
        <translation>nach einem KILL warten neue Clients bis RESUME</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>Paused: new queries wait until pgversectl pooler resume.</source>
        <translation>Pausiert: Neue Abfragen warten bis pgversectl pooler resume.</translation>
    </message>
    <message>
        <source>Nothing stays paused.</source>
        <translation>Nichts bleibt pausiert.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>A pooler that did not resume still holds its clients.</source>
        <translation>Ein Pooler, der nicht fortgesetzt wurde, hält seine Clients noch zurück.</translation>
    </message>
    <message>
        <source>Killed and resumed.</source>
        <translation>Getrennt und fortgesetzt.</translation>
    </message>
    <message>
        <source>Resume it if its clients wait: pgversectl pooler resume</source>
        <translation>Setzen Sie ihn fort, wenn seine Clients warten: pgversectl pooler resume</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation>%1 ist pausiert</translation>
    </message>
    <message>
        <source>not paused: %1</source>
        <translation>nicht pausiert: %1</translation>
    </message>
    <message>
        <source>%1 is not paused</source>
        <translation>%1 ist nicht pausiert</translation>
    </message>
    <message>
        <source>still paused: %1</source>
        <translation>noch pausiert: %1</translation>
    </message>
</context>
<context>
    <name>pgv::PoolerFleet</name>
    <message>
        <source>%1 has no database %2</source>
        <translation>%1 hat keine Datenbank %2</translation>
    </message>
    <message>
        <source>PAUSE %1 did not finish within %2 ms: transactions still running there</source>
        <translation>PAUSE %1 wurde nicht innerhalb von %2 ms abgeschlossen: Dort laufen noch Transaktionen</translation>
    </message>
    <message>
        <source>nothing to pause</source>
        <translation>nichts zu pausieren</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>Not every pooler paused (%1); what was paused is resumed again.</source>
        <translation>Nicht jeder Pooler wurde pausiert (%1); was pausiert wurde, wird wieder fortgesetzt.</translation>
    </message>
    <message>
        <source>nothing was paused</source>
        <translation>nichts war pausiert</translation>
    </message>
    <message>
        <source>resumed %1</source>
        <translation>%1 fortgesetzt</translation>
    </message>
    <message>
        <source>Not every pooler resumed: %1. Its clients wait until it is resumed: pgversectl pooler resume</source>
        <translation>Nicht jeder Pooler wurde fortgesetzt: %1. Seine Clients warten, bis er fortgesetzt wird: pgversectl pooler resume</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
</context>
<context>
    <name>pgv::PoolerListModel</name>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>leitet weiter</translation>
    </message>
    <message>
        <source>Paused: its clients wait for RESUME (and are disconnected after query_wait_timeout).</source>
        <translation>Pausiert: Seine Clients warten auf RESUME (und werden nach query_wait_timeout getrennt).</translation>
    </message>
    <message>
        <source>The longest any client of this pooler has been waiting for a server connection.</source>
        <translation>Wie lange der am längsten wartende Client dieses Poolers schon auf eine Serververbindung wartet.</translation>
    </message>
    <message>
        <source>Pooler</source>
        <translation>Pooler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Routes to</source>
        <translation>Leitet weiter an</translation>
    </message>
    <message>
        <source>Clients active</source>
        <translation>Clients aktiv</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Abfragedauer</translation>
    </message>
</context>
<context>
    <name>pgv::PoolsController</name>
    <message>
        <source>Resume %1…</source>
        <translation>%1 fortsetzen …</translation>
    </message>
    <message>
        <source>Pause %1…</source>
        <translation>%1 pausieren …</translation>
    </message>
    <message>
        <source>Reconnect %1&apos;s servers…</source>
        <translation>Serververbindungen von %1 neu aufbauen …</translation>
    </message>
    <message>
        <source>Reload %1&apos;s configuration…</source>
        <translation>Konfiguration von %1 neu laden …</translation>
    </message>
</context>
<context>
    <name>pgv::PoolsPage</name>
    <message>
        <source>Poolers</source>
        <translation>Pooler</translation>
    </message>
    <message>
        <source>Pools (database/user), traffic since the last poll</source>
        <translation>Pools (Datenbank/Benutzer), Verkehr seit der letzten Abfrage</translation>
    </message>
    <message>
        <source>Open a cluster to see its connection poolers.</source>
        <translation>Öffnen Sie einen Cluster, um seine Verbindungspooler zu sehen.</translation>
    </message>
    <message>
        <source>Poo&amp;ls</source>
        <translation>Poo&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>PAUSE the selected pooler: its clients wait (for a server&apos;s maintenance, say) until it is resumed</source>
        <translation>PAUSE für den ausgewählten Pooler: Seine Clients warten (etwa während der Wartung eines Servers), bis er fortgesetzt wird</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>RESUME the selected pooler: its waiting clients go on</source>
        <translation>RESUME für den ausgewählten Pooler: Seine wartenden Clients machen weiter</translation>
    </message>
    <message>
        <source>Resume &amp;all</source>
        <translation>&amp;Alle fortsetzen</translation>
    </message>
    <message>
        <source>RESUME every pooler of the cluster (after an action that paused them died, say)</source>
        <translation>RESUME für jeden Pooler des Clusters (etwa nachdem eine Aktion abgebrochen ist, die sie pausiert hatte)</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>RECONNECT: close the selected pooler&apos;s server connections as they become free, so they reconnect</source>
        <translation>RECONNECT: Die Serververbindungen des ausgewählten Poolers schließen, sobald sie frei werden, damit sie sich neu verbinden</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>RELOAD: the selected pooler reads its configuration file again</source>
        <translation>RELOAD: Der ausgewählte Pooler liest seine Konfigurationsdatei erneut</translation>
    </message>
    <message>
        <source>C&amp;hart waiting clients</source>
        <translation>Wartende Clients im &amp;Diagramm</translation>
    </message>
    <message>
        <source>Show the poolers&apos; waiting clients on the Lag page, on its time axis with the cluster&apos;s events</source>
        <translation>Die wartenden Clients der Pooler auf der Seite „Replikationsverzögerung“ anzeigen, auf ihrer Zeitachse mit den Ereignissen des Clusters</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the poolers and their pools, as tab-separated text</source>
        <translation>Die Pooler und ihre Pools als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>%1 lists no connection poolers. Add a PgBouncer admin endpoint to the profile (Edit profile…), or to a lab: pgversectl lab pooler add.</source>
        <translation>%1 führt keine Verbindungspooler auf. Fügen Sie dem Profil einen PgBouncer-Admin-Endpunkt hinzu (Profil bearbeiten …) oder einem Labor: pgversectl lab pooler add.</translation>
    </message>
    <message>
        <source>Reading the poolers of %1…</source>
        <translation>Lese die Pooler von %1 …</translation>
    </message>
    <message>
        <source>%1 routes to %2 (%3 clients, %4 waiting)</source>
        <translation>%1 leitet an %2 weiter (%3 Clients, %4 wartend)</translation>
    </message>
    <message numerus="yes">
        <source>%n pooler(s) in front of %1</source>
        <translation>
            <numerusform>%n Pooler vor %1</numerusform>
            <numerusform>%n Pooler vor %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused: their clients wait until resumed.</source>
        <translation>
            <numerusform>%n pausiert: Seine Clients warten, bis er fortgesetzt wird.</numerusform>
            <numerusform>%n pausiert: Ihre Clients warten, bis sie fortgesetzt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read.</source>
        <translation>
            <numerusform>%n kann nicht gelesen werden.</numerusform>
            <numerusform>%n können nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: actions are refused</source>
        <translation>%1 ist schreibgeschützt: Aktionen werden abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Pause %1</source>
        <translation>%1 &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume %1</source>
        <translation>%1 &amp;fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n pooler(s) and their pools.</source>
        <translation>
            <numerusform>%n Pooler und seine Pools kopiert.</numerusform>
            <numerusform>%n Pooler und ihre Pools kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pooler of %1 has been read yet.</source>
        <translation>Noch kein Pooler von %1 wurde gelesen.</translation>
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
        <translation>Probleme &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>pgv::ProfileCatalog</name>
    <message>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>Kein Profil heißt „%1“.</translation>
    </message>
</context>
<context>
    <name>pgv::ProfileController</name>
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
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Profile exists</source>
        <translation>Profil existiert</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; edit it instead.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; bearbeiten Sie stattdessen dieses.</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Forget the profile &quot;%1&quot;? The cluster itself is not touched.</source>
        <translation>Das Profil „%1“ vergessen? Der Cluster selbst bleibt unberührt.</translation>
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
        <translation>zum Beispiel: production-eu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Knotenname</translation>
    </message>
    <message>
        <source>Connection string (libpq)</source>
        <translation>Verbindungszeichenfolge (libpq)</translation>
    </message>
    <message>
        <source>Any libpq connection string: host=… port=… user=… dbname=…, a postgresql:// URI, or service=name from pg_service.conf. Passwords come from the keychain or a .pgpass file, never from here.</source>
        <translation>Eine beliebige libpq-Verbindungszeichenfolge: host=… port=… user=… dbname=…, eine postgresql://-URI oder service=name aus pg_service.conf. Passwörter kommen aus dem Schlüsselbund oder einer .pgpass-Datei, nie von hier.</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation>Knoten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation>Knoten &amp;entfernen</translation>
    </message>
    <message>
        <source>as the connection string says</source>
        <translation>wie in der Verbindungszeichenfolge angegeben</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Abfrage alle:</translation>
    </message>
    <message>
        <source>Read-only: watch this cluster, never run actions on it</source>
        <translation>Schreibgeschützt: diesen Cluster überwachen, nie Aktionen darauf ausführen</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one or use .pgpass</source>
        <translation>leer lassen, um das gespeicherte zu behalten oder .pgpass zu verwenden</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a settings file or a log.</source>
        <translation>Im Systemschlüsselbund gespeichert, nie in einer Einstellungsdatei oder einem Protokoll.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>leave empty to use .pgpass or a passfile</source>
        <translation>leer lassen, um .pgpass oder eine passfile zu verwenden</translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
</context>
<context>
    <name>pgv::ProfileListModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>Lab in %1, nodes: %2</source>
        <translation>Labor in %1, Knoten: %2</translation>
    </message>
</context>
<context>
    <name>pgv::PsqlTerminal</name>
    <message>
        <source>psql on %1 opened in %2.</source>
        <translation>psql auf %1 in %2 geöffnet.</translation>
    </message>
</context>
<context>
    <name>pgv::PublicationModel</name>
    <message>
        <source>Publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
</context>
<context>
    <name>pgv::RestoreDialog</name>
    <message>
        <source>Restore to a point in time</source>
        <translation>Zu einem Zeitpunkt wiederherstellen</translation>
    </message>
    <message>
        <source>The backups are restored into a new folder and started as a separate server on this machine; the cluster itself is not touched. Recoverable window: %1.</source>
        <translation>Die Backups werden in einen neuen Ordner wiederhergestellt und als separater Server auf diesem Rechner gestartet; der Cluster selbst wird nicht angetastet. Wiederherstellbarer Zeitraum: %1.</translation>
    </message>
    <message>
        <source>a name given to pg_create_restore_point()</source>
        <translation>ein an pg_create_restore_point() übergebener Name</translation>
    </message>
    <message>
        <source>&amp;Latest: all archived WAL</source>
        <translation>&amp;Neuester Stand: alles archivierte WAL</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>L&amp;SN:</source>
        <translation>L&amp;SN:</translation>
    </message>
    <message>
        <source>Restore &amp;point:</source>
        <translation>Wiederherstellungs&amp;punkt:</translation>
    </message>
    <message>
        <source>&amp;End of the backup (earliest consistent state)</source>
        <translation>&amp;Ende des Backups (frühester konsistenter Zustand)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Folder for the restored server</source>
        <translation>Ordner für den wiederhergestellten Server</translation>
    </message>
    <message>
        <source>Promote: a writable server</source>
        <translation>Hochstufen: ein beschreibbarer Server</translation>
    </message>
    <message>
        <source>Pause: read-only, to inspect before deciding</source>
        <translation>Pausieren: schreibgeschützt, zum Untersuchen vor der Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>P&amp;ort on 127.0.0.1:</source>
        <translation>Po&amp;rt auf 127.0.0.1:</translation>
    </message>
    <message>
        <source>&amp;At the target:</source>
        <translation>&amp;Am Ziel:</translation>
    </message>
    <message>
        <source>&amp;Check query:</source>
        <translation>Prüfab&amp;frage:</translation>
    </message>
    <message>
        <source>&amp;Check and restore…</source>
        <translation>Prüfen und &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>There is no recoverable window yet: take a pgBackRest backup first.</source>
        <translation>Es gibt noch keinen wiederherstellbaren Zeitraum: Erstellen Sie zuerst ein pgBackRest-Backup.</translation>
    </message>
    <message>
        <source>Choose a folder for the restored server.</source>
        <translation>Wählen Sie einen Ordner für den wiederhergestellten Server.</translation>
    </message>
    <message>
        <source>Type the LSN to stop at.</source>
        <translation>Geben Sie die LSN ein, bei der angehalten werden soll.</translation>
    </message>
    <message>
        <source>Type the restore point&apos;s name.</source>
        <translation>Geben Sie den Namen des Wiederherstellungspunkts ein.</translation>
    </message>
    <message>
        <source>%1 is after the newest recoverable moment, %2 UTC: choose an earlier time, or Latest.</source>
        <translation>%1 liegt nach dem neuesten wiederherstellbaren Zeitpunkt, %2 UTC: wählen Sie eine frühere Zeit oder „Neuester Stand“.</translation>
    </message>
    <message>
        <source>%1 is before the earliest recoverable moment, %2 UTC: no backup is that old.</source>
        <translation>%1 liegt vor dem frühesten wiederherstellbaren Zeitpunkt, %2 UTC: kein Backup ist so alt.</translation>
    </message>
</context>
<context>
    <name>pgv::RlsLintModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>pgv::RlsLintsPane</name>
    <message>
        <source>&amp;Copy fix</source>
        <translation>Korrektur &amp;kopieren</translation>
    </message>
    <message>
        <source>Suggested fix (review it; it runs nothing by itself):</source>
        <translation>Vorgeschlagene Korrektur (prüfen Sie sie; sie führt selbst nichts aus):</translation>
    </message>
    <message>
        <source>No finding: the policies avoid every known pitfall.</source>
        <translation>Kein Befund: Die Richtlinien vermeiden alle bekannten Fallstricke.</translation>
    </message>
</context>
<context>
    <name>pgv::RlsMatrixModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Rows are visible without %1 set: a request that forgets the setting sees them.</source>
        <translation>Zeilen sind ohne gesetztes %1 sichtbar: Eine Anfrage, die die Einstellung vergisst, sieht sie.</translation>
    </message>
    <message>
        <source>The tenants together see more rows than the table holds: some rows are visible to several tenants.</source>
        <translation>Die Mandanten sehen zusammen mehr Zeilen, als die Tabelle enthält: Einige Zeilen sind für mehrere Mandanten sichtbar.</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <source>all rows (as %1)</source>
        <translation>alle Zeilen (als %1)</translation>
    </message>
</context>
<context>
    <name>pgv::RlsPage</name>
    <message>
        <source>the profile&apos;s database</source>
        <translation>die Datenbank des Profils</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>N&amp;eu laden</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>No force</source>
        <translation>Nicht erzwingen</translation>
    </message>
    <message>
        <source>FORCE ROW LEVEL SECURITY: the table&apos;s owner is subject to the policies too</source>
        <translation>FORCE ROW LEVEL SECURITY: Auch der Eigentümer der Tabelle unterliegt den Richtlinien</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>Run the DDL in a transaction that is rolled back</source>
        <translation>Die DDL in einer Transaktion ausführen, die zurückgerollt wird</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>DDL that Validate and Apply run, in one transaction:</source>
        <translation>DDL, die Validieren und Anwenden in einer Transaktion ausführen:</translation>
    </message>
    <message>
        <source>Lints</source>
        <translation>Lints</translation>
    </message>
    <message>
        <source>View as</source>
        <translation>Anzeigen als</translation>
    </message>
    <message>
        <source>Rename policy</source>
        <translation>Richtlinie umbenennen</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Neuer Name von %1:</translation>
    </message>
    <message>
        <source>%1 on %2 (%3) · PostgreSQL %4 · read in %5 ms, linted in %6 ms%7</source>
        <translation>%1 auf %2 (%3) · PostgreSQL %4 · gelesen in %5 ms, geprüft in %6 ms%7</translation>
    </message>
    <message>
        <source> · read-only profile</source>
        <translation> · schreibgeschütztes Profil</translation>
    </message>
    <message>
        <source>Cannot read the catalogue: %1</source>
        <translation>Der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open a cluster: the page works on its primary.</source>
        <translation>Öffnen Sie einen Cluster: Die Seite arbeitet auf seinem Primary.</translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation>Lese %1 auf %2 …</translation>
    </message>
    <message>
        <source>No primary to read from.</source>
        <translation>Kein Primary zum Lesen.</translation>
    </message>
    <message>
        <source>Lints (%1)</source>
        <translation>Lints (%1)</translation>
    </message>
    <message>
        <source>Run the DDL in one transaction (lock_timeout %1 ms) and record it in the audit log</source>
        <translation>Die DDL in einer Transaktion ausführen (lock_timeout %1 ms) und im Audit-Protokoll festhalten</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validiere …</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wende an …</translation>
    </message>
    <message>
        <source>Applied and committed in %1 ms.</source>
        <translation>Angewendet und in %1 ms committet.</translation>
    </message>
    <message>
        <source>Valid: the server accepts it (rolled back, nothing changed).</source>
        <translation>Gültig: Der Server akzeptiert sie (zurückgerollt, nichts geändert).</translation>
    </message>
    <message>
        <source>Failed, nothing changed: %1</source>
        <translation>Fehlgeschlagen, nichts geändert: %1</translation>
    </message>
    <message>
        <source>Row-level &amp;security</source>
        <translation>Zeilen&amp;sicherheit</translation>
    </message>
    <message>
        <source>ENABLE ROW LEVEL SECURITY on the chosen table</source>
        <translation>ENABLE ROW LEVEL SECURITY für die gewählte Tabelle</translation>
    </message>
    <message>
        <source>DISABLE ROW LEVEL SECURITY on the chosen table: its policies stop applying</source>
        <translation>DISABLE ROW LEVEL SECURITY für die gewählte Tabelle: ihre Richtlinien gelten nicht mehr</translation>
    </message>
    <message>
        <source>NO FORCE ROW LEVEL SECURITY: the table&apos;s owner bypasses the policies again</source>
        <translation>NO FORCE ROW LEVEL SECURITY: der Eigentümer der Tabelle umgeht die Richtlinien wieder</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Richtlinie</translation>
    </message>
</context>
<context>
    <name>pgv::RlsPolicyForm</name>
    <message>
        <source>Permissive (ORed with the other permissive policies)</source>
        <translation>Permissiv (mit den anderen permissiven Richtlinien OR-verknüpft)</translation>
    </message>
    <message>
        <source>Restrictive (ANDed: every one must pass)</source>
        <translation>Restriktiv (AND-verknüpft: jede muss erfüllt sein)</translation>
    </message>
    <message>
        <source>rows the policy shows, updates and deletes, e.g. tenant_id = …</source>
        <translation>Zeilen, die die Richtlinie zeigt, aktualisiert und löscht, z. B. tenant_id = …</translation>
    </message>
    <message>
        <source>rows it lets in on INSERT and UPDATE; empty: the same as USING</source>
        <translation>Zeilen, die sie bei INSERT und UPDATE zulässt; leer: dasselbe wie USING</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Tenant isolation by a session setting</source>
        <translation>Mandantentrennung über eine Sitzungseinstellung</translation>
    </message>
    <message>
        <source>Owner-only rows</source>
        <translation>Nur eigene Zeilen</translation>
    </message>
    <message>
        <source>Read all, write own</source>
        <translation>Alles lesen, Eigenes schreiben</translation>
    </message>
    <message>
        <source>The column the template compares: the tenant or the owner</source>
        <translation>Die Spalte, die die Vorlage vergleicht: der Mandant oder der Eigentümer</translation>
    </message>
    <message>
        <source>The session setting the application sets per request (tenant isolation)</source>
        <translation>Die Sitzungseinstellung, die die Anwendung pro Anfrage setzt (Mandantentrennung)</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Befehl</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;USING</source>
        <translation>&amp;USING</translation>
    </message>
    <message>
        <source>WITH C&amp;HECK</source>
        <translation>WITH C&amp;HECK</translation>
    </message>
    <message>
        <source>%1 (no login)</source>
        <translation>%1 (keine Anmeldung)</translation>
    </message>
    <message>
        <source>%1 bypasses row-level security: policies never apply to it.</source>
        <translation>%1 umgeht die Zeilensicherheit: Richtlinien gelten für diese Rolle nie.</translation>
    </message>
    <message>
        <source>New policy on %1</source>
        <translation>Neue Richtlinie für %1</translation>
    </message>
    <message>
        <source>No table chosen</source>
        <translation>Keine Tabelle gewählt</translation>
    </message>
    <message>
        <source>Policy %1 on %2</source>
        <translation>Richtlinie %1 für %2</translation>
    </message>
    <message>
        <source>Applies to PUBLIC (every role) when none is ticked.</source>
        <translation>Gilt für PUBLIC (jede Rolle), wenn keine angehakt ist.</translation>
    </message>
    <message>
        <source>Applies to %1.</source>
        <translation>Gilt für %1.</translation>
    </message>
    <message>
        <source>The table has no column for the template to compare.</source>
        <translation>Die Tabelle hat keine Spalte, die die Vorlage vergleichen könnte.</translation>
    </message>
    <message>
        <source>The template also creates: %1</source>
        <translation>Die Vorlage legt außerdem an: %1</translation>
    </message>
    <message>
        <source>Also &amp;enable row-level security</source>
        <translation>Zeilensicherheit auch &amp;aktivieren</translation>
    </message>
    <message>
        <source>Row-level security is off on %1: without it the policy is stored but not applied. Ticked, the same transaction enables it.</source>
        <translation>Die Zeilensicherheit ist auf %1 aus: Ohne sie wird die Richtlinie gespeichert, aber nicht angewendet. Angehakt aktiviert dieselbe Transaktion sie.</translation>
    </message>
</context>
<context>
    <name>pgv::RlsPolicyModel</name>
    <message>
        <source>permissive</source>
        <translation>permissiv</translation>
    </message>
    <message>
        <source>restrictive</source>
        <translation>restriktiv</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>USING</source>
        <translation>USING</translation>
    </message>
    <message>
        <source>WITH CHECK</source>
        <translation>WITH CHECK</translation>
    </message>
</context>
<context>
    <name>pgv::RlsTableModel</name>
    <message>
        <source>%1 (partitioned)</source>
        <translation>%1 (partitioniert)</translation>
    </message>
    <message>
        <source>Row-level security is on but no policy exists: only the owner and roles that bypass RLS see rows.</source>
        <translation>Die Zeilensicherheit ist aktiv, aber es gibt keine Richtlinie: Nur der Eigentümer und Rollen, die RLS umgehen, sehen Zeilen.</translation>
    </message>
    <message>
        <source>Policies exist but row-level security is off: they are not applied.</source>
        <translation>Es gibt Richtlinien, aber die Zeilensicherheit ist aus: Sie werden nicht angewendet.</translation>
    </message>
    <message>
        <source>The owner %1 is not subject to the policies (FORCE is off).</source>
        <translation>Der Eigentümer %1 unterliegt den Richtlinien nicht (FORCE ist aus).</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>RLS</source>
        <translation>RLS</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Erzwungen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>pgv::RlsTesterPanel</name>
    <message>
        <source>SET LOCAL ROLE to this role; empty: the profile&apos;s own user</source>
        <translation>SET LOCAL ROLE auf diese Rolle; leer: der eigene Benutzer des Profils</translation>
    </message>
    <message>
        <source>app.tenant_id=42
one name=value per line</source>
        <translation>app.tenant_id=42
eine Zeile pro name=wert</translation>
    </message>
    <message>
        <source>&amp;View as</source>
        <translation>An&amp;zeigen als</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>tenant values, comma-separated</source>
        <translation>Mandantenwerte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Take the values from this column (as the profile&apos;s user sees it)</source>
        <translation>Die Werte aus dieser Spalte übernehmen (wie der Benutzer des Profils sie sieht)</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Füllen</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Rows visible (read-only, rolled back)</source>
        <translation>Sichtbare Zeilen (schreibgeschützt, zurückgerollt)</translation>
    </message>
    <message>
        <source>Tenants × tables</source>
        <translation>Mandanten × Tabellen</translation>
    </message>
    <message>
        <source>Try a write (rolled back)</source>
        <translation>Einen Schreibzugriff versuchen (zurückgerollt)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>tenant_id=…
amount=7
(column=value per line; NULL for null)</source>
        <translation>tenant_id=…
amount=7
(eine Zeile pro spalte=wert; NULL für null)</translation>
    </message>
    <message>
        <source>empty: INSERT; column=value per line: UPDATE those rows</source>
        <translation>leer: INSERT; eine Zeile pro spalte=wert: diese Zeilen per UPDATE ändern</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Versuchen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>SET</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>WHERE</translation>
    </message>
    <message>
        <source>Refused by the policies&apos; WITH CHECK: %1</source>
        <translation>Von WITH CHECK der Richtlinien abgelehnt: %1</translation>
    </message>
    <message>
        <source>Write column=value, not &quot;%1&quot;.</source>
        <translation>Schreiben Sie spalte=wert, nicht „%1“.</translation>
    </message>
    <message>
        <source>Choose a table.</source>
        <translation>Wählen Sie eine Tabelle.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Write each setting as name=value, not &quot;%1&quot;.</source>
        <translation>Schreiben Sie jede Einstellung als name=wert, nicht „%1“.</translation>
    </message>
    <message>
        <source>Tick at least one table.</source>
        <translation>Haken Sie mindestens eine Tabelle an.</translation>
    </message>
    <message>
        <source>Give the setting and tick at least one table.</source>
        <translation>Geben Sie die Einstellung an und haken Sie mindestens eine Tabelle an.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) show rows another tenant, or no tenant, should not see.</source>
        <translation>
            <numerusform>%n Zelle zeigt Zeilen, die ein anderer Mandant oder kein Mandant sehen sollte.</numerusform>
            <numerusform>%n Zellen zeigen Zeilen, die ein anderer Mandant oder kein Mandant sehen sollte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No leak: each tenant sees its own rows only (%1 ms).</source>
        <translation>Kein Leck: Jeder Mandant sieht nur seine eigenen Zeilen (%1 ms).</translation>
    </message>
</context>
<context>
    <name>pgv::RlsWorkbench</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Profile %1 is read-only: policies can be shown and tested, not changed.</source>
        <translation>Das Profil %1 ist schreibgeschützt: Richtlinien können angezeigt und getestet, aber nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>pgv::SessionListModel</name>
    <message>
        <source>prepared</source>
        <translation>vorbereitet</translation>
    </message>
    <message>
        <source>Idle in transaction for over %1: it holds its locks and the xmin horizon while doing nothing.</source>
        <translation>Seit über %1 idle in transaction: Sie hält ihre Sperren und den xmin-Horizont, ohne etwas zu tun.</translation>
    </message>
    <message>
        <source>Open for over %1: a long transaction holds locks and keeps VACUUM from removing dead rows.</source>
        <translation>Seit über %1 offen: Eine lange Transaktion hält Sperren und hindert VACUUM daran, tote Zeilen zu entfernen.</translation>
    </message>
    <message>
        <source>pg_blocking_pids(): the sessions holding, or queued ahead for, the lock it waits for</source>
        <translation>pg_blocking_pids(): die Sitzungen, die die Sperre halten, auf die sie wartet, oder vor ihr darauf warten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>Im Zustand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert von</translation>
    </message>
    <message>
        <source>xmin age</source>
        <translation>xmin-Alter</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>pgv::SessionLockModel</name>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Lock on</source>
        <translation>Sperre auf</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
</context>
<context>
    <name>pgv::SessionSignal</name>
    <message>
        <source>Cancel queries on %1</source>
        <translation>Abfragen auf %1 abbrechen</translation>
    </message>
    <message>
        <source>Terminate sessions on %1</source>
        <translation>Sitzungen auf %1 beenden</translation>
    </message>
    <message>
        <source>it is a walsender: ending it disconnects a standby or a logical subscriber</source>
        <translation>es ist ein Walsender: Ihn zu beenden trennt einen Standby oder einen logischen Subscriber</translation>
    </message>
    <message>
        <source>it is the startup process, which replays WAL</source>
        <translation>es ist der Startup-Prozess, der WAL einspielt</translation>
    </message>
    <message>
        <source>it is an autovacuum preventing transaction-ID wraparound, which would only start again</source>
        <translation>es ist ein Autovacuum gegen den Transaktions-ID-Wraparound, das nur erneut starten würde</translation>
    </message>
    <message>
        <source>it is a background process (%1), not a session</source>
        <translation>es ist ein Hintergrundprozess (%1), keine Sitzung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>it is a PostgresVerse connection (%1): a monitor or a running action</source>
        <translation>es ist eine PostgresVerse-Verbindung (%1): eine Überwachung oder eine laufende Aktion</translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <source>Sessions of %1 read</source>
        <translation>Sitzungen von %1 gelesen</translation>
    </message>
    <message>
        <source>%1 sessions and processes</source>
        <translation>%1 Sitzungen und Prozesse</translation>
    </message>
    <message>
        <source>Root blocker</source>
        <translation>Wurzelblockierer</translation>
    </message>
    <message>
        <source>No session on %1 waits for a lock: there is no blocker to end.</source>
        <translation>Keine Sitzung auf %1 wartet auf eine Sperre: Es gibt keinen Blockierer zu beenden.</translation>
    </message>
    <message>
        <source>(one of several)</source>
        <translation>(eine von mehreren)</translation>
    </message>
    <message>
        <source>The root blocker is the prepared transaction %1, which no signal ends: COMMIT PREPARED or ROLLBACK PREPARED %2 on %3 does, once you know which it should be.</source>
        <translation>Der Wurzelblockierer ist die vorbereitete Transaktion %1, die kein Signal beendet: COMMIT PREPARED oder ROLLBACK PREPARED %2 auf %3 tut es, sobald Sie wissen, welches es sein soll.</translation>
    </message>
    <message>
        <source>pid %1 blocks %2 session(s)%3</source>
        <translation>PID %1 blockiert %2 Sitzung(en)%3</translation>
    </message>
    <message>
        <source>, in a deadlock not yet broken</source>
        <translation>, in einem noch nicht aufgelösten Deadlock</translation>
    </message>
    <message>
        <source>Sessions exist</source>
        <translation>Sitzungen vorhanden</translation>
    </message>
    <message>
        <source>No session on %1 has pid %2: it ended, or it runs on another node.</source>
        <translation>Keine Sitzung auf %1 hat die PID %2: Sie ist beendet oder läuft auf einem anderen Knoten.</translation>
    </message>
    <message>
        <source>it runs no query (%1): nothing to cancel</source>
        <translation>sie führt keine Abfrage aus (%1): nichts abzubrechen</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>kein Zustand</translation>
    </message>
    <message>
        <source>pid %1: %2</source>
        <translation>PID %1: %2</translation>
    </message>
    <message>
        <source>Sessions may be signalled</source>
        <translation>Sitzungen dürfen ein Signal erhalten</translation>
    </message>
    <message>
        <source>Sessions matched</source>
        <translation>Passende Sitzungen</translation>
    </message>
    <message>
        <source>No session on %1 matches the filters.</source>
        <translation>Keine Sitzung auf %1 passt zu den Filtern.</translation>
    </message>
    <message>
        <source>No session on %1 may be signalled: %2</source>
        <translation>Keine Sitzung auf %1 darf ein Signal erhalten: %2</translation>
    </message>
    <message>
        <source>Sessions affected</source>
        <translation>Betroffene Sitzungen</translation>
    </message>
    <message>
        <source>%1 session(s)</source>
        <translation>%1 Sitzung(en)</translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation>; ausgelassen: %1</translation>
    </message>
    <message>
        <source>pid %1&apos;s transaction</source>
        <translation>Transaktion von PID %1</translation>
    </message>
    <message>
        <source>open for %1: its uncommitted changes are rolled back</source>
        <translation>offen seit %1: Ihre nicht festgeschriebenen Änderungen werden zurückgerollt</translation>
    </message>
    <message>
        <source>Read the sessions again</source>
        <translation>Sitzungen erneut lesen</translation>
    </message>
    <message>
        <source>who still waits for whom on %1</source>
        <translation>wer auf %1 noch auf wen wartet</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Nothing was signalled.</source>
        <translation>Es wurde kein Signal gesendet.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 session(s).</source>
        <translation>Abgebrochen nach %1 von %2 Sitzung(en).</translation>
    </message>
    <message>
        <source>The sessions not yet signalled run on.</source>
        <translation>Die Sitzungen ohne Signal laufen weiter.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ging verloren: %2</translation>
    </message>
    <message>
        <source>%1 of %2 session(s) signalled.</source>
        <translation>%1 von %2 Sitzung(en) haben ein Signal erhalten.</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>bereits weg</translation>
    </message>
    <message>
        <source>cancel requested</source>
        <translation>Abbruch angefordert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>the server refused the signal (see its log)</source>
        <translation>der Server hat das Signal abgelehnt (siehe sein Protokoll)</translation>
    </message>
    <message>
        <source>still there after %1 s (see the server&apos;s log)</source>
        <translation>nach %1 s noch da (siehe das Protokoll des Servers)</translation>
    </message>
    <message>
        <source>%1: no session waits for a lock now</source>
        <translation>%1: Keine Sitzung wartet jetzt auf eine Sperre</translation>
    </message>
    <message>
        <source>%1: %2 session(s) still wait; the root blocker now is pid %3</source>
        <translation>%1: %2 Sitzung(en) warten noch; Wurzelblockierer ist jetzt PID %3</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1 of %2 session(s) could not be signalled.</source>
        <translation>%1 von %2 Sitzung(en) konnten kein Signal erhalten.</translation>
    </message>
    <message>
        <source>The others were; the step notes say which.</source>
        <translation>Die anderen schon; die Notizen der Schritte sagen, welche.</translation>
    </message>
    <message>
        <source>Cancelled the queries of %1 session(s) on %2.</source>
        <translation>Die Abfragen von %1 Sitzung(en) auf %2 abgebrochen.</translation>
    </message>
    <message>
        <source>Terminated %1 session(s) on %2.</source>
        <translation>%1 Sitzung(en) auf %2 beendet.</translation>
    </message>
    <message>
        <source>Sessions read again</source>
        <translation>Sitzungen erneut gelesen</translation>
    </message>
    <message>
        <source>pid %1 ended</source>
        <translation>PID %1 beendet</translation>
    </message>
    <message>
        <source>it is still connected</source>
        <translation>sie ist noch verbunden</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>pid %1&apos;s query cancelled</source>
        <translation>Abfrage von PID %1 abgebrochen</translation>
    </message>
    <message>
        <source>it still runs the same query: it may be in a step that does not check for cancels</source>
        <translation>sie führt noch dieselbe Abfrage aus: Vielleicht steckt sie in einem Schritt, der nicht auf Abbrüche prüft</translation>
    </message>
    <message>
        <source>the session is %1</source>
        <translation>die Sitzung ist %1</translation>
    </message>
    <message>
        <source>the session ended</source>
        <translation>die Sitzung wurde beendet</translation>
    </message>
</context>
<context>
    <name>pgv::Sessions</name>
    <message>
        <source>%1 on %2%3</source>
        <translation>%1 auf %2%3</translation>
    </message>
    <message>
        <source>%1 on transaction %2</source>
        <translation>%1 auf Transaktion %2</translation>
    </message>
    <message>
        <source>%1 on virtual transaction %2</source>
        <translation>%1 auf virtuelle Transaktion %2</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 auf %2 %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the sessions document: %2</source>
        <translation>%1 hat mit etwas geantwortet, das nicht das Sitzungsdokument ist: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not read the sessions of %1: %2</source>
        <translation>Die Sitzungen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Could not read the locks of pid %1 on %2: %3</source>
        <translation>Die Sperren von PID %1 auf %2 konnten nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>pgv::SessionsPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation>kein automatisches Aktualisieren</translation>
    </message>
    <message>
        <source>How often the sessions are read again while this page is shown (never while it is hidden)</source>
        <translation>Wie oft die Sitzungen erneut gelesen werden, solange diese Seite angezeigt wird (nie, solange sie verborgen ist)</translation>
    </message>
    <message>
        <source>Open a cluster to see its sessions.</source>
        <translation>Öffnen Sie einen Cluster, um seine Sitzungen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the sessions of every node again (F5)</source>
        <translation>Die Sitzungen jedes Knotens erneut lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel query…</source>
        <translation>Abfrage &amp;abbrechen …</translation>
    </message>
    <message>
        <source>pg_cancel_backend(): stop the selected session&apos;s query; the session stays connected</source>
        <translation>pg_cancel_backend(): die Abfrage der gewählten Sitzung stoppen; die Sitzung bleibt verbunden</translation>
    </message>
    <message>
        <source>&amp;Terminate session…</source>
        <translation>Sitzung &amp;beenden …</translation>
    </message>
    <message>
        <source>pg_terminate_backend(): end the selected session; its open transaction rolls back (Shift+Del)</source>
        <translation>pg_terminate_backend(): die gewählte Sitzung beenden; ihre offene Transaktion wird zurückgerollt (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Terminate &amp;root blocker…</source>
        <translation>&amp;Wurzelblockierer beenden …</translation>
    </message>
    <message>
        <source>End the session at the root of the largest blocking tree of the selected session&apos;s node: the one whose end unblocks the most</source>
        <translation>Die Sitzung an der Wurzel des größten Blockierbaums auf dem Knoten der gewählten Sitzung beenden: die, deren Ende die meisten freigibt</translation>
    </message>
    <message>
        <source>Terminate sessions &amp;like this…</source>
        <translation>Sitzungen &amp;wie diese beenden …</translation>
    </message>
    <message>
        <source>Every session of the node with the same state, user, database and application (asks for the cluster&apos;s name)</source>
        <translation>Jede Sitzung des Knotens mit demselben Zustand, Benutzer, derselben Datenbank und Anwendung (fragt nach dem Namen des Clusters)</translation>
    </message>
    <message>
        <source>&amp;Explain in Plans</source>
        <translation>In Plänen &amp;erklären</translation>
    </message>
    <message>
        <source>Put the selected session&apos;s query into the Plans page&apos;s runner, on its node and database (Ctrl+E)</source>
        <translation>Die Abfrage der gewählten Sitzung in den Runner der Seite Pläne übernehmen, auf ihrem Knoten und ihrer Datenbank (Strg+E)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the selected sessions (all shown when none is selected), the tree, or the pane in front, as text</source>
        <translation>Die gewählten Sitzungen (alle angezeigten, wenn keine gewählt ist), den Baum oder den vorderen Bereich als Text kopieren</translation>
    </message>
    <message>
        <source>Blocking tree</source>
        <translation>Blockierbaum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Search pid, user, database, application, client, query…</source>
        <translation>PID, Benutzer, Datenbank, Anwendung, Client, Abfrage suchen …</translation>
    </message>
    <message>
        <source>&amp;Idle and background</source>
        <translation>&amp;Untätige und Hintergrund</translation>
    </message>
    <message>
        <source>Also list idle sessions, background processes (checkpointer, walsender…) and PostgresVerse&apos;s own connections, unless they block someone: then they are always listed</source>
        <translation>Auch untätige Sitzungen, Hintergrundprozesse (Checkpointer, Walsender …) und PostgresVerses eigene Verbindungen auflisten; blockieren sie jemanden, werden sie immer aufgeführt</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>Idle in transaction</translation>
    </message>
    <message>
        <source>Waiting on a lock</source>
        <translation>Wartet auf eine Sperre</translation>
    </message>
    <message>
        <source>Every node</source>
        <translation>Jeder Knoten</translation>
    </message>
    <message>
        <source>Select a session to see its whole query and its locks.</source>
        <translation>Wählen Sie eine Sitzung, um ihre ganze Abfrage und ihre Sperren zu sehen.</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation>Vacuum</translation>
    </message>
    <message>
        <source>Reading the sessions of %1…</source>
        <translation>Lese die Sitzungen von %1 …</translation>
    </message>
    <message>
        <source>Blocking tree — no session waits for a lock</source>
        <translation>Blockierbaum — keine Sitzung wartet auf eine Sperre</translation>
    </message>
    <message numerus="yes">
        <source>Blocking tree — %n session(s) waiting</source>
        <translation>
            <numerusform>Blockierbaum — %n Sitzung wartet</numerusform>
            <numerusform>Blockierbaum — %n Sitzungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read at %1: %n client session(s)</source>
        <translation>
            <numerusform>Gelesen um %1: %n Client-Sitzung</numerusform>
            <numerusform>Gelesen um %1: %n Client-Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No node could be read.</source>
        <translation>Kein Knoten konnte gelesen werden.</translation>
    </message>
    <message>
        <source>%1: database %2 is %3 transactions old, %4 % of autovacuum_freeze_max_age: a vacuum to prevent wraparound %5.</source>
        <translation>%1: Datenbank %2 ist %3 Transaktionen alt, %4 % von autovacuum_freeze_max_age: Ein Vacuum gegen den Wraparound %5.</translation>
    </message>
    <message>
        <source>is due</source>
        <translation>ist fällig</translation>
    </message>
    <message>
        <source>comes</source>
        <translation>kommt bald</translation>
    </message>
    <message>
        <source>, %1 % scanned</source>
        <translation>, %1 % gelesen</translation>
    </message>
    <message>
        <source>, autovacuum to prevent wraparound</source>
        <translation>, Autovacuum gegen den Wraparound</translation>
    </message>
    <message>
        <source>, autovacuum</source>
        <translation>, Autovacuum</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n query(ies) on database %2 cancelled to replay WAL (lock %3, snapshot %4, buffer pin %5, deadlock %6).</source>
        <translation>
            <numerusform>%1: %n Abfrage auf Datenbank %2 abgebrochen, um WAL einzuspielen (Sperre %3, Snapshot %4, Buffer-Pin %5, Deadlock %6).</numerusform>
            <numerusform>%1: %n Abfragen auf Datenbank %2 abgebrochen, um WAL einzuspielen (Sperre %3, Snapshot %4, Buffer-Pin %5, Deadlock %6).</numerusform>
        </translation>
    </message>
    <message>
        <source>No vacuum runs now, no database nears wraparound, no standby cancelled a query to replay WAL.</source>
        <translation>Kein Vacuum läuft gerade, keine Datenbank nähert sich dem Wraparound, kein Standby hat eine Abfrage abgebrochen, um WAL einzuspielen.</translation>
    </message>
    <message numerus="yes">
        <source>It holds more than the %n locks listed.</source>
        <translation>
            <numerusform>Sie hält mehr als die %n aufgeführte Sperre.</numerusform>
            <numerusform>Sie hält mehr als die %n aufgeführten Sperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>pid %1 on %2 has ended.</source>
        <translation>PID %1 auf %2 ist beendet.</translation>
    </message>
    <message>
        <source>A prepared transaction: it has no session. COMMIT PREPARED or ROLLBACK PREPARED ends it.</source>
        <translation>Eine vorbereitete Transaktion: Sie hat keine Sitzung. COMMIT PREPARED oder ROLLBACK PREPARED beendet sie.</translation>
    </message>
    <message>
        <source>pid %1 on %2</source>
        <translation>PID %1 auf %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>transaction open %1</source>
        <translation>Transaktion offen seit %1</translation>
    </message>
    <message>
        <source>a prepared transaction</source>
        <translation>einer vorbereiteten Transaktion</translation>
    </message>
    <message>
        <source>waits for %1, held by %2</source>
        <translation>wartet auf %1, gehalten von %2</translation>
    </message>
    <message>
        <source>a lock</source>
        <translation>eine Sperre</translation>
    </message>
    <message>
        <source>Open a cluster first.</source>
        <translation>Öffnen Sie zuerst einen Cluster.</translation>
    </message>
    <message>
        <source>Profile %1 is read-only: it never cancels or terminates sessions.</source>
        <translation>Profil %1 ist schreibgeschützt: Es bricht nie Abfragen ab und beendet nie Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: pid %2 vacuums %4 in %3 (%5%6)%7</source>
        <translation>%1: PID %2 bereinigt %4 in %3 (%5%6)%7</translation>
    </message>
</context>
<context>
    <name>pgv::SilenceDialog</name>
    <message>
        <source>Silence alerts on %1</source>
        <translation>Alarme auf %1 stummschalten</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Every alert about %1</source>
        <translation>Alle Alarme zu %1</translation>
    </message>
    <message>
        <source>Every alert of the cluster %1</source>
        <translation>Alle Alarme des Clusters %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Why: maintenance, kernel upgrade, someone is on it…</source>
        <translation>Warum: Wartung, Kernel-Upgrade, jemand kümmert sich darum …</translation>
    </message>
    <message>
        <source>Silenced alerts still fire and stay listed, marked silenced; they are not sent to any route or notification until the silence ends. pgversectl and every other window see the same silences.</source>
        <translation>Stummgeschaltete Alarme werden weiterhin ausgelöst und bleiben aufgelistet, als stummgeschaltet markiert; sie werden an keine Route und keine Benachrichtigung gesendet, bis die Stummschaltung endet. pgversectl und jedes andere Fenster sehen dieselben Stummschaltungen.</translation>
    </message>
    <message>
        <source>&amp;Silence:</source>
        <translation>&amp;Stummschalten:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>pgv::StatementStatsModel</name>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation>Gesamt ms</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>Mittlere ms</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Shared blocks</source>
        <translation>Shared Blocks</translation>
    </message>
    <message>
        <source>User@database</source>
        <translation>Benutzer@Datenbank</translation>
    </message>
</context>
<context>
    <name>pgv::SubscriptionChange</name>
    <message>
        <source>Enable subscription %1 on %2</source>
        <translation>Subskription %1 auf %2 aktivieren</translation>
    </message>
    <message>
        <source>Disable subscription %1 on %2</source>
        <translation>Subskription %1 auf %2 deaktivieren</translation>
    </message>
    <message>
        <source>Refresh the publications of %1 on %2</source>
        <translation>Die Publikationen von %1 auf %2 aktualisieren</translation>
    </message>
    <message>
        <source>Could not connect to database %1 on %2: %3</source>
        <translation>Keine Verbindung zur Datenbank %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Could not read subscription %1 on %2: %3</source>
        <translation>Subskription %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Database %1 on %2 has no subscription %3: it was dropped or renamed, or lives in another database.</source>
        <translation>Die Datenbank %1 auf %2 hat keine Subskription %3: Sie wurde gelöscht oder umbenannt oder liegt in einer anderen Datenbank.</translation>
    </message>
    <message>
        <source>Subscription %1 read</source>
        <translation>Subskription %1 gelesen</translation>
    </message>
    <message>
        <source>%1 in %2 on %3, publications %4, slot %5, apply worker %6</source>
        <translation>%1 in %2 auf %3, Publikationen %4, Slot %5, Apply-Worker %6</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>Node accepts changes</source>
        <translation>Knoten nimmt Änderungen an</translation>
    </message>
    <message>
        <source>%1 is in recovery: a standby&apos;s subscriptions only change on its primary.</source>
        <translation>%1 ist in Recovery: Die Subskriptionen eines Standbys ändern sich nur auf seinem Primary.</translation>
    </message>
    <message>
        <source>Subscription is disabled</source>
        <translation>Subskription ist deaktiviert</translation>
    </message>
    <message>
        <source>%1 is already enabled: nothing to do. If it does not stream, its problems on the Logical replication page say why.</source>
        <translation>%1 ist bereits aktiviert: nichts zu tun. Wenn sie nicht streamt, sagen ihre Probleme auf der Seite „Logische Replikation“, warum.</translation>
    </message>
    <message>
        <source>Subscription has a slot</source>
        <translation>Subskription hat einen Slot</translation>
    </message>
    <message>
        <source>%1 has no slot (slot_name = NONE): give it one with ALTER SUBSCRIPTION %2 SET (slot_name = &apos;…&apos;) first.</source>
        <translation>%1 hat keinen Slot (slot_name = NONE): Geben Sie ihr zuerst einen mit ALTER SUBSCRIPTION %2 SET (slot_name = &apos;…&apos;).</translation>
    </message>
    <message>
        <source>enabling starts its apply worker, which streams what slot %1 has kept since it was disabled</source>
        <translation>das Aktivieren startet ihren Apply-Worker, der streamt, was Slot %1 seit der Deaktivierung zurückgehalten hat</translation>
    </message>
    <message>
        <source>Subscription is enabled</source>
        <translation>Subskription ist aktiviert</translation>
    </message>
    <message>
        <source>%1 is already disabled: nothing to do.</source>
        <translation>%1 ist bereits deaktiviert: nichts zu tun.</translation>
    </message>
    <message>
        <source>disabling stops its apply worker</source>
        <translation>das Deaktivieren stoppt ihren Apply-Worker</translation>
    </message>
    <message>
        <source>WAL kept for it meanwhile</source>
        <translation>Zwischenzeitlich für sie zurückgehaltenes WAL</translation>
    </message>
    <message>
        <source>While %1 is disabled its slot %2 on the publisher keeps every change for it, and the WAL grows: watch &quot;WAL retained by slots&quot; on the lag page, and enable it again before max_slot_wal_keep_size or the disk runs out.</source>
        <translation>Solange %1 deaktiviert ist, hält ihr Slot %2 auf dem Publisher jede Änderung für sie zurück, und das WAL wächst: Beobachten Sie „Von Slots zurückgehaltenes WAL“ auf der Seite „Replikationsverzögerung“ und aktivieren Sie sie wieder, bevor max_slot_wal_keep_size oder der Plattenplatz erschöpft ist.</translation>
    </message>
    <message>
        <source>PostgreSQL refreshes only an enabled subscription: enable %1 first.</source>
        <translation>PostgreSQL aktualisiert nur eine aktivierte Subskription: Aktivieren Sie zuerst %1.</translation>
    </message>
    <message>
        <source>%1 table(s) subscribed now, %2 not yet ready</source>
        <translation>jetzt %1 Tabelle(n) abonniert, %2 noch nicht bereit</translation>
    </message>
    <message>
        <source>in database %1 on %2</source>
        <translation>in Datenbank %1 auf %2</translation>
    </message>
    <message>
        <source>Wait for the apply worker</source>
        <translation>Auf den Apply-Worker warten</translation>
    </message>
    <message>
        <source>until it runs, up to %1 s</source>
        <translation>bis er läuft, höchstens %1 s</translation>
    </message>
    <message>
        <source>Wait for the apply worker to stop</source>
        <translation>Warten, bis der Apply-Worker stoppt</translation>
    </message>
    <message>
        <source>up to %1 s</source>
        <translation>höchstens %1 s</translation>
    </message>
    <message>
        <source>Read the tables&apos; states</source>
        <translation>Die Zustände der Tabellen lesen</translation>
    </message>
    <message>
        <source>tables new to the publications are copied first (initialize, data copy…, then ready); tables taken out of them stop being replicated, their rows stay</source>
        <translation>neu in die Publikationen aufgenommene Tabellen werden zuerst kopiert (initialize, data copy …, dann ready); aus ihnen entfernte Tabellen werden nicht mehr repliziert, ihre Zeilen bleiben</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled before anything ran.</source>
        <translation>Abgebrochen, bevor etwas ausgeführt wurde.</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>It was cancelled after %1 s waiting (another session holds the subscription?): nothing was changed.</source>
        <translation>Nach %1 s Warten abgebrochen (hält eine andere Sitzung die Subskription?): Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The publications of %1 were refreshed; its tables could not be read again: %2</source>
        <translation>Die Publikationen von %1 wurden aktualisiert; ihre Tabellen konnten nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 table(s), %2 not yet ready</source>
        <translation>%1 Tabelle(n), %2 noch nicht bereit</translation>
    </message>
    <message>
        <source>The publications of %1 were refreshed: %2.</source>
        <translation>Die Publikationen von %1 wurden aktualisiert: %2.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Subscription %1 on %2 is enabled; its apply worker runs (%3).</source>
        <translation>Subskription %1 auf %2 ist aktiviert; ihr Apply-Worker läuft (%3).</translation>
    </message>
    <message>
        <source>Subscription %1 on %2 is disabled; its apply worker has stopped.</source>
        <translation>Subskription %1 auf %2 ist deaktiviert; ihr Apply-Worker hat gestoppt.</translation>
    </message>
    <message>
        <source>no apply worker after %1 s: see the subscriber&apos;s log (the publisher unreachable, the slot missing?)</source>
        <translation>nach %1 s kein Apply-Worker: siehe das Protokoll des Subskribenten (Publisher nicht erreichbar, Slot fehlt?)</translation>
    </message>
    <message>
        <source>the apply worker still runs after %1 s</source>
        <translation>der Apply-Worker läuft nach %1 s noch</translation>
    </message>
    <message>
        <source>%1 ran, but %2</source>
        <translation>%1 wurde ausgeführt, aber %2</translation>
    </message>
    <message>
        <source>The subscription is enabled; the Logical replication page shows when its worker runs.</source>
        <translation>Die Subskription ist aktiviert; die Seite „Logische Replikation“ zeigt, wann ihr Worker läuft.</translation>
    </message>
    <message>
        <source>The subscription is disabled; its worker stops at its next message.</source>
        <translation>Die Subskription ist deaktiviert; ihr Worker stoppt bei seiner nächsten Nachricht.</translation>
    </message>
    <message>
        <source>Subscription read again</source>
        <translation>Subskription erneut gelesen</translation>
    </message>
    <message>
        <source>%1 enabled</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <source>apply worker %1</source>
        <translation>Apply-Worker %1</translation>
    </message>
    <message>
        <source>not running yet</source>
        <translation>läuft noch nicht</translation>
    </message>
    <message>
        <source>it is disabled again (by someone else?)</source>
        <translation>sie ist wieder deaktiviert (durch jemand anderen?)</translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>it is enabled again (by someone else?)</source>
        <translation>sie ist wieder aktiviert (durch jemand anderen?)</translation>
    </message>
    <message>
        <source>no changes are applied until it is enabled</source>
        <translation>bis zur Aktivierung werden keine Änderungen angewendet</translation>
    </message>
    <message>
        <source>%1&apos;s tables</source>
        <translation>Tabellen von %1</translation>
    </message>
</context>
<context>
    <name>pgv::SubscriptionTableModel</name>
    <message>
        <source>Select a subscription to see its tables.</source>
        <translation>Wählen Sie eine Subskription, um ihre Tabellen zu sehen.</translation>
    </message>
    <message>
        <source>The tables of %1 could not be read (its database on %2 did not answer).</source>
        <translation>Die Tabellen von %1 konnten nicht gelesen werden (ihre Datenbank auf %2 hat nicht geantwortet).</translation>
    </message>
    <message>
        <source>%1 subscribes to no table yet.</source>
        <translation>%1 abonniert noch keine Tabelle.</translation>
    </message>
    <message>
        <source>initialize → data_copy → finished_copy → synchronized → ready: only a ready table follows the publisher&apos;s changes by the apply worker alone.</source>
        <translation>initialize → data_copy → finished_copy → synchronized → ready: Nur eine Tabelle im Zustand ready folgt den Änderungen des Publishers allein durch den Apply-Worker.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>pgv::TimelineArchiving</name>
    <message>
        <source>pgBackRest&apos;s configuration names %1; its archive receives the new timeline&apos;s history file</source>
        <translation>die Konfiguration von pgBackRest nennt %1; sein Archiv erhält die History-Datei der neuen Timeline</translation>
    </message>
    <message>
        <source>the archive receives the new timeline&apos;s history file from %1</source>
        <translation>das Archiv erhält die History-Datei der neuen Timeline von %1</translation>
    </message>
    <message>
        <source>%1 archived</source>
        <translation>%1 archiviert</translation>
    </message>
    <message>
        <source>archive_mode is off on %1: nothing to archive</source>
        <translation>archive_mode ist auf %1 ausgeschaltet: nichts zu archivieren</translation>
    </message>
    <message>
        <source>archiving from %1 fails (%2 at %3): backups cannot restore past the promotion until archive_command works on %1; its server log says why.</source>
        <translation>die Archivierung von %1 schlägt fehl (%2 um %3): Backups können nicht über das Hochstufen hinaus wiederherstellen, bis archive_command auf %1 funktioniert; sein Serverprotokoll nennt den Grund.</translation>
    </message>
    <message>
        <source>%1 did not reach the archive from %2 within %3 s%4: backups cannot restore past the promotion until it does.</source>
        <translation>%1 hat das Archiv von %2 aus nicht innerhalb von %3 s erreicht%4: Backups können nicht über das Hochstufen hinaus wiederherstellen, bis dies geschieht.</translation>
    </message>
</context>
<context>
    <name>pgv::TopologyEdgeModel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Replay-Verzögerung</translation>
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
        <translation>LSN</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Replay-Verzögerung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>leitet weiter</translation>
    </message>
</context>
<context>
    <name>pgv::TopologyPage</name>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>Status copied as JSON (the same shape as pgversectl status --json).</source>
        <translation>Status als JSON kopiert (in derselben Form wie pgversectl status --json).</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>&amp;Failover …</translation>
    </message>
    <message>
        <source>Promote the most advanced standby and fence the old primary: the wizard shows the checks and the plan first.</source>
        <translation>Den am weitesten fortgeschrittenen Standby hochstufen und den alten Primary abschotten: Der Assistent zeigt zuerst die Prüfungen und den Plan.</translation>
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
        <translation>Cluster-Topologie</translation>
    </message>
    <message>
        <source>No cluster is open.
Pick a profile on the left, or create a practice cluster with Lab → Create lab…</source>
        <translation>Kein Cluster geöffnet.
Wählen Sie links ein Profil oder legen Sie einen Übungscluster an mit Labor → Labor anlegen …</translation>
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
        <translation>PostgreSQL %1 · Timeline %2</translation>
    </message>
    <message>
        <source>LSN %1</source>
        <translation>LSN %1</translation>
    </message>
    <message>
        <source>replay lag %1</source>
        <translation>Replay-Verzögerung %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>does not answer (timeout)</source>
        <translation>antwortet nicht (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde …</translation>
    </message>
    <message>
        <source>client connections: %1</source>
        <translation>Client-Verbindungen: %1</translation>
    </message>
    <message>
        <source>%1 problems: </source>
        <translation>%1 Probleme: </translation>
    </message>
    <message>
        <source>%1 · Patroni: %2, %3</source>
        <translation>%1 · Patroni: %2, %3</translation>
    </message>
    <message>
        <source>ALIVE · FULL</source>
        <translation>LÄUFT · VOLL</translation>
    </message>
    <message>
        <source>ALIVE · REFUSING</source>
        <translation>LÄUFT · LEHNT AB</translation>
    </message>
    <message>
        <source>every connection slot taken</source>
        <translation>alle Verbindungsplätze belegt</translation>
    </message>
    <message>
        <source>refuses the monitor&apos;s connection</source>
        <translation>lehnt die Verbindung des Monitors ab</translation>
    </message>
    <message>
        <source>logical</source>
        <translation>logisch</translation>
    </message>
    <message>
        <source>FENCED</source>
        <translation>ABGESCHOTTET</translation>
    </message>
    <message>
        <source>over the alert threshold</source>
        <translation>über der Alarmschwelle</translation>
    </message>
    <message>
        <source>fenced: rejoin it as a standby</source>
        <translation>abgeschottet: als Standby wieder einbinden</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>Verzögerung %1</translation>
    </message>
    <message>
        <source>%1 client connections</source>
        <translation>%1 Client-Verbindungen</translation>
    </message>
    <message>
        <source>POOLER · DOWN</source>
        <translation>POOLER · AUSGEFALLEN</translation>
    </message>
    <message>
        <source>POOLER · PAUSED</source>
        <translation>POOLER · PAUSIERT</translation>
    </message>
    <message>
        <source>POOLER</source>
        <translation>POOLER</translation>
    </message>
    <message>
        <source>%1 active · %2 waiting</source>
        <translation>%1 aktiv · %2 wartend</translation>
    </message>
    <message>
        <source>longest wait %1</source>
        <translation>längste Wartezeit %1</translation>
    </message>
    <message>
        <source>its admin console does not answer</source>
        <translation>seine Admin-Konsole antwortet nicht</translation>
    </message>
    <message>
        <source>%1 · routes to %2</source>
        <translation>%1 · leitet an %2 weiter</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>clients: %1</source>
        <translation>Clients: %1</translation>
    </message>
    <message>
        <source>paused: its clients wait</source>
        <translation>pausiert: Seine Clients warten</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>pgv::VacuumHealth</name>
    <message>
        <source>pid %1 (%2)</source>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <source>prepared transaction %1 (%2@%3)</source>
        <translation>vorbereitete Transaktion %1 (%2@%3)</translation>
    </message>
    <message>
        <source>physical slot %1, carrying its standby&apos;s hot_standby_feedback</source>
        <translation>physischer Slot %1, trägt das hot_standby_feedback seines Standbys</translation>
    </message>
    <message>
        <source>physical slot %1, inactive: keeps the feedback its standby sent last</source>
        <translation>physischer Slot %1, inaktiv: behält das zuletzt von seinem Standby gesendete Feedback</translation>
    </message>
    <message>
        <source>logical slot %1 (%2)</source>
        <translation>logischer Slot %1 (%2)</translation>
    </message>
    <message>
        <source>logical slot %1 (%2), inactive</source>
        <translation>logischer Slot %1 (%2), inaktiv</translation>
    </message>
    <message>
        <source>%1, catalog_xmin (catalogs only)</source>
        <translation>%1, catalog_xmin (nur Kataloge)</translation>
    </message>
    <message>
        <source>standby %1 at %2 (hot_standby_feedback, no slot)</source>
        <translation>Standby %1 auf %2 (hot_standby_feedback, kein Slot)</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the vacuum document</source>
        <translation>%1 hat mit etwas geantwortet, das nicht das Vacuum-Dokument ist</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>Relation %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not read the vacuum health of %1: %2</source>
        <translation>Der Vacuum-Zustand von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Only the first %1 databases&apos; tables were read.</source>
        <translation>Nur die Tabellen der ersten %1 Datenbanken wurden gelesen.</translation>
    </message>
    <message>
        <source>Tables of %1 not read: %2</source>
        <translation>Tabellen von %1 nicht gelesen: %2</translation>
    </message>
</context>
<context>
    <name>pgv::VacuumTableModel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Past the threshold at which autovacuum takes the table: autovacuum is behind, or something holds the horizon back (see Horizon).</source>
        <translation>Über der Schwelle, ab der Autovacuum die Tabelle bearbeitet: Autovacuum hängt hinterher, oder etwas hält den Horizont zurück (siehe Horizont).</translation>
    </message>
    <message>
        <source>autovacuum_vacuum_threshold + autovacuum_vacuum_scale_factor × live tuples, from the table&apos;s options or the server&apos;s settings</source>
        <translation>autovacuum_vacuum_threshold + autovacuum_vacuum_scale_factor × lebende Tupel, aus den Optionen der Tabelle oder den Einstellungen des Servers</translation>
    </message>
    <message>
        <source>Older than autovacuum_freeze_max_age (%1): a vacuum to prevent wraparound is due.</source>
        <translation>Älter als autovacuum_freeze_max_age (%1): Ein Vacuum gegen den Wraparound ist fällig.</translation>
    </message>
    <message>
        <source>age(relfrozenxid); autovacuum_freeze_max_age is %1</source>
        <translation>age(relfrozenxid); autovacuum_freeze_max_age ist %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Dead tuples</source>
        <translation>Tote Tupel</translation>
    </message>
    <message>
        <source>Live tuples</source>
        <translation>Lebende Tupel</translation>
    </message>
    <message>
        <source>Autovacuum at</source>
        <translation>Autovacuum ab</translation>
    </message>
    <message>
        <source>Last autovacuum</source>
        <translation>Letztes Autovacuum</translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation>Letztes Vacuum</translation>
    </message>
    <message>
        <source>Autovacuums</source>
        <translation>Autovacuums</translation>
    </message>
    <message>
        <source>Last analyze</source>
        <translation>Letztes Analyze</translation>
    </message>
    <message>
        <source>xid age</source>
        <translation>xid-Alter</translation>
    </message>
</context>
<context>
    <name>pgv::VisibilityModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows visible</source>
        <translation>Sichtbare Zeilen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>pgv::WalBeyond</name>
    <message>
        <source>no WAL</source>
        <translation>kein WAL</translation>
    </message>
    <message>
        <source>%1 of WAL without a commit</source>
        <translation>%1 WAL ohne Commit</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) (%1 to %2 UTC) in %3 of WAL</source>
        <translation>
            <numerusform>%n Commit (%1 bis %2 UTC) in %3 WAL</numerusform>
            <numerusform>%n Commits (%1 bis %2 UTC) in %3 WAL</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no WAL folder (%2)</source>
        <translation>%1 hat keinen WAL-Ordner (%2)</translation>
    </message>
    <message>
        <source>pg_waldump did not finish within a minute on %1</source>
        <translation>pg_waldump wurde auf %1 nicht innerhalb einer Minute fertig</translation>
    </message>
    <message>
        <source>pg_waldump cannot read %1&apos;s WAL from %2: %3</source>
        <translation>pg_waldump kann das WAL von %1 ab %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>%1 has no timeline history file: the timelines did not fork</source>
        <translation>%1 hat keine Timeline-History-Datei: Die Timelines haben sich nicht verzweigt</translation>
    </message>
    <message>
        <source>%1&apos;s history does not fork from timeline %2</source>
        <translation>Der Verlauf von %1 zweigt nicht von Timeline %2 ab</translation>
    </message>
</context>
<context>
    <name>pgv::WorkspaceController</name>
    <message>
        <source>Show &amp;beside the current cluster</source>
        <translation>&amp;Neben dem aktuellen Cluster zeigen</translation>
    </message>
    <message>
        <source>Stop showing be&amp;side</source>
        <translation>Nicht mehr da&amp;neben zeigen</translation>
    </message>
    <message>
        <source>Draw the selected cluster in the topology next to the one open, each with its own monitor</source>
        <translation>Den gewählten Cluster in der Topologie neben dem geöffneten zeigen, jeden mit eigener Überwachung</translation>
    </message>
    <message>
        <source>%1 is drawn beside %2 in the topology.</source>
        <translation>%1 wird in der Topologie neben %2 gezeigt.</translation>
    </message>
</context>
<context>
    <name>pgv::cli</name>
    <message>
        <source>Move the primary role to a standby, losing no committed transaction.</source>
        <translation>Die Primary-Rolle auf einen Standby verlegen, ohne eine bestätigte Transaktion zu verlieren.</translation>
    </message>
    <message>
        <source>Promote a standby after the primary failed; the old primary is fenced.</source>
        <translation>Einen Standby nach Ausfall des Primary hochstufen; der alte Primary wird abgeschottet.</translation>
    </message>
    <message>
        <source>Patroni operations: restart MEMBER, reinit MEMBER (wipe and clone from the leader), pause (maintenance mode: no automatic failover), resume.</source>
        <translation>Patroni-Operationen: restart MITGLIED, reinit MITGLIED (löschen und vom Leader klonen), pause (Wartungsmodus: kein automatischer Failover), resume.</translation>
    </message>
    <message>
        <source>Bring a former primary back as a standby (pg_rewind when needed).</source>
        <translation>Einen ehemaligen Primary als Standby zurückholen (bei Bedarf mit pg_rewind).</translation>
    </message>
    <message>
        <source>The node to rejoin.</source>
        <translation>Der wieder einzubindende Knoten.</translation>
    </message>
    <message>
        <source>restart, reinit, pause or resume</source>
        <translation>restart, reinit, pause oder resume</translation>
    </message>
    <message>
        <source>restart and reinit: the member</source>
        <translation>restart und reinit: das Mitglied</translation>
    </message>
    <message>
        <source>The cluster&apos;s saved profile.</source>
        <translation>Das gespeicherte Profil des Clusters.</translation>
    </message>
    <message>
        <source>The lab in folder &lt;dir&gt;.</source>
        <translation>Das Labor im Ordner &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>The standby to promote (default: the one that received the most WAL).</source>
        <translation>Der hochzustufende Standby (Standard: derjenige, der das meiste WAL empfangen hat).</translation>
    </message>
    <message>
        <source>The standby to promote.</source>
        <translation>Der hochzustufende Standby.</translation>
    </message>
    <message>
        <source>Largest replay lag in bytes the candidate may have (default 16 MiB).</source>
        <translation>Größte Replay-Verzögerung in Bytes, die der Kandidat haben darf (Standard 16 MiB).</translation>
    </message>
    <message>
        <source>Also rewind the old primary and bring it back as a standby.</source>
        <translation>Außerdem den alten Primary zurückspulen und als Standby zurückholen.</translation>
    </message>
    <message>
        <source>Run the checks and print the plan; change nothing.</source>
        <translation>Die Prüfungen ausführen und den Plan ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask for the cluster&apos;s name to confirm.</source>
        <translation>Nicht zur Bestätigung nach dem Namen des Clusters fragen.</translation>
    </message>
    <message>
        <source>Print the run as JSON on standard output (progress still goes to standard error).</source>
        <translation>Den Ablauf als JSON auf der Standardausgabe ausgeben (der Fortschritt geht weiterhin auf die Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>No profile is named &quot;%1&quot;.</source>
        <translation>Kein Profil heißt „%1“.</translation>
    </message>
    <message>
        <source>Profile %1 is neither a lab nor managed by Patroni (no Patroni URL): PostgresVerse acts on clusters it runs itself or that Patroni manages.</source>
        <translation>Profil %1 ist weder ein Labor noch von Patroni verwaltet (keine Patroni-URL): PostgresVerse handelt auf Clustern, die es selbst betreibt oder die Patroni verwaltet.</translation>
    </message>
    <message>
        <source>Patroni rejoins former leaders by itself (pg_rewind or reinitialize); nothing to do here.</source>
        <translation>Patroni bindet ehemalige Leader selbst wieder ein (pg_rewind oder Neuinitialisierung); hier ist nichts zu tun.</translation>
    </message>
    <message>
        <source>patroni needs an operation: restart MEMBER, reinit MEMBER, pause or resume.</source>
        <translation>patroni benötigt eine Operation: restart MITGLIED, reinit MITGLIED, pause oder resume.</translation>
    </message>
    <message>
        <source>patroni %1 needs the member.</source>
        <translation>patroni %1 benötigt das Mitglied.</translation>
    </message>
    <message>
        <source>%1 of a Patroni cluster needs --to MEMBER.</source>
        <translation>%1 eines Patroni-Clusters benötigt --to MITGLIED.</translation>
    </message>
    <message>
        <source>%1 is not managed by Patroni.</source>
        <translation>%1 wird nicht von Patroni verwaltet.</translation>
    </message>
    <message>
        <source>switchover needs --to NODE.</source>
        <translation>switchover benötigt --to KNOTEN.</translation>
    </message>
    <message>
        <source>--max-lag takes a number of bytes.</source>
        <translation>--max-lag erwartet eine Anzahl von Bytes.</translation>
    </message>
    <message>
        <source>rejoin needs the node to rejoin.</source>
        <translation>rejoin benötigt den wieder einzubindenden Knoten.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed. Type the cluster&apos;s name, or pass --yes.</source>
        <translation>Nicht bestätigt: Es wurde nichts geändert. Geben Sie den Namen des Clusters ein oder übergeben Sie --yes.</translation>
    </message>
    <message>
        <source>Profile %1 is not a lab: PostgresVerse backs up and restores the labs it runs (their servers and repository are on this machine).</source>
        <translation>Das Profil %1 ist kein Labor: PostgresVerse sichert und stellt die Labore wieder her, die es betreibt (ihre Server und ihr Repository liegen auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Backups of lab %1:</source>
        <translation>Backups von Labor %1:</translation>
    </message>
    <message>
        <source>  none yet: pgversectl backup run</source>
        <translation>  noch keine: pgversectl backup run</translation>
    </message>
    <message>
        <source>  verified</source>
        <translation>  geprüft</translation>
    </message>
    <message>
        <source>  FAILED verification</source>
        <translation>  Prüfung FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>WAL archiving: %1 archived, last %2 at %3; %4 failed%5</source>
        <translation>WAL-Archivierung: %1 archiviert, zuletzt %2 um %3; %4 fehlgeschlagen%5</translation>
    </message>
    <message>
        <source> — FAILING since %1</source>
        <translation> — SCHLÄGT FEHL seit %1</translation>
    </message>
    <message>
        <source>WAL archiving: unknown (%1)</source>
        <translation>WAL-Archivierung: unbekannt (%1)</translation>
    </message>
    <message>
        <source>Point-in-time recovery: %1</source>
        <translation>Point-in-Time-Recovery: %1</translation>
    </message>
    <message>
        <source>pgBackRest: %1</source>
        <translation>pgBackRest: %1</translation>
    </message>
    <message>
        <source>No backups to verify.</source>
        <translation>Keine Backups zu prüfen.</translation>
    </message>
    <message>
        <source>Backups of a lab: run (pgBackRest or pg_basebackup), list (catalogue, WAL archiving, recoverable window), verify, restore (point in time, into a separate server).</source>
        <translation>Backups eines Labors: run (pgBackRest oder pg_basebackup), list (Katalog, WAL-Archivierung, wiederherstellbarer Zeitraum), verify, restore (zu einem Zeitpunkt, in einen separaten Server).</translation>
    </message>
    <message>
        <source>run, list, verify or restore</source>
        <translation>run, list, verify oder restore</translation>
    </message>
    <message>
        <source>The lab&apos;s saved profile.</source>
        <translation>Das gespeicherte Profil des Labors.</translation>
    </message>
    <message>
        <source>Accepted for symmetry with status; backups are always taken from the primary.</source>
        <translation>Aus Symmetrie zu status akzeptiert; Backups werden immer vom Primary erstellt.</translation>
    </message>
    <message>
        <source>run: pgbackrest (default when installed) or basebackup.</source>
        <translation>run: pgbackrest (Standard, wenn installiert) oder basebackup.</translation>
    </message>
    <message>
        <source>run with pgbackrest: full (default), diff or incr.</source>
        <translation>run mit pgbackrest: full (Standard), diff oder incr.</translation>
    </message>
    <message>
        <source>run with basebackup: plain (default) or tar.</source>
        <translation>run mit basebackup: plain (Standard) oder tar.</translation>
    </message>
    <message>
        <source>run with basebackup --format tar: gzip the archives.</source>
        <translation>run mit basebackup --format tar: die Archive mit gzip komprimieren.</translation>
    </message>
    <message>
        <source>run with basebackup: limit the transfer to &lt;kB&gt; per second.</source>
        <translation>run mit basebackup: die Übertragung auf &lt;kB&gt; pro Sekunde begrenzen.</translation>
    </message>
    <message>
        <source>run with basebackup: the backup folder; restore: the new server&apos;s folder.</source>
        <translation>run mit basebackup: der Backup-Ordner; restore: der Ordner des neuen Servers.</translation>
    </message>
    <message>
        <source>restore: the port of the restored server on 127.0.0.1.</source>
        <translation>restore: der Port des wiederhergestellten Servers auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>restore: recover up to this time (ISO 8601; without a zone, UTC).</source>
        <translation>restore: bis zu diesem Zeitpunkt wiederherstellen (ISO 8601; ohne Zeitzone UTC).</translation>
    </message>
    <message>
        <source>restore: recover up to this LSN.</source>
        <translation>restore: bis zu dieser LSN wiederherstellen.</translation>
    </message>
    <message>
        <source>restore: recover up to this restore point.</source>
        <translation>restore: bis zu diesem Wiederherstellungspunkt wiederherstellen.</translation>
    </message>
    <message>
        <source>restore: recover all archived WAL (the default).</source>
        <translation>restore: alles archivierte WAL wiederherstellen (Standard).</translation>
    </message>
    <message>
        <source>restore: pause at the target (read-only) instead of promoting.</source>
        <translation>restore: am Ziel pausieren (schreibgeschützt), statt hochzustufen.</translation>
    </message>
    <message>
        <source>restore: a query to run on the restored server; its first value is printed.</source>
        <translation>restore: eine Abfrage, die auf dem wiederhergestellten Server ausgeführt wird; ihr erster Wert wird ausgegeben.</translation>
    </message>
    <message>
        <source>Do not ask to confirm.</source>
        <translation>Nicht um Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Das Ergebnis als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>backup needs an operation: run, list, verify or restore.</source>
        <translation>backup braucht eine Operation: run, list, verify oder restore.</translation>
    </message>
    <message>
        <source>--format takes plain or tar.</source>
        <translation>--format erwartet plain oder tar.</translation>
    </message>
    <message>
        <source>--max-rate takes kilobytes per second, at least 32.</source>
        <translation>--max-rate erwartet Kilobyte pro Sekunde, mindestens 32.</translation>
    </message>
    <message>
        <source>--tool takes pgbackrest or basebackup.</source>
        <translation>--tool erwartet pgbackrest oder basebackup.</translation>
    </message>
    <message>
        <source>--type takes full, diff or incr.</source>
        <translation>--type erwartet full, diff oder incr.</translation>
    </message>
    <message>
        <source>restore needs --to DIR and --port PORT.</source>
        <translation>restore braucht --to DIR und --port PORT.</translation>
    </message>
    <message>
        <source>Give one target: --target-time, --target-lsn, --target-name or --latest.</source>
        <translation>Geben Sie ein Ziel an: --target-time, --target-lsn, --target-name oder --latest.</translation>
    </message>
    <message>
        <source>--target-time takes an ISO 8601 time such as 2026-11-26T05:30:00Z.</source>
        <translation>--target-time erwartet eine ISO-8601-Zeit wie 2026-11-26T05:30:00Z.</translation>
    </message>
    <message>
        <source>Check query: %1</source>
        <translation>Prüfabfrage: %1</translation>
    </message>
    <message>
        <source>After an interrupted or failed action: bring the lab back to one primary with every other node following it, finishing or undoing what the action&apos;s journal says it was doing.</source>
        <translation>Nach einer abgebrochenen oder fehlgeschlagenen Aktion: das Labor zurück zu einem Primary bringen, dem alle anderen Knoten folgen, und vollenden oder rückgängig machen, was die Aktion laut ihrem Journal tat.</translation>
    </message>
    <message>
        <source>  0  healthy
  1  problems found (a node down is one)
  2  usage error, or no node reachable
</source>
        <translation>  0  gesund
  1  Probleme gefunden (ein ausgefallener Knoten ist eines)
  2  Aufruffehler oder kein Knoten erreichbar
</translation>
    </message>
    <message>
        <source>  0  shown
  2  usage error, or no node reachable
</source>
        <translation>  0  angezeigt
  2  Aufruffehler oder kein Knoten erreichbar
</translation>
    </message>
    <message>
        <source>  0  the plan was read
  2  usage error, or an input that is not a readable plan (stderr says where)
</source>
        <translation>  0  der Plan wurde gelesen
  2  Aufruffehler oder eine Eingabe, die kein lesbarer Plan ist (stderr nennt die Stelle)
</translation>
    </message>
    <message>
        <source>  0  the log is intact
  1  the log was tampered with or damaged
  2  usage error
</source>
        <translation>  0  das Protokoll ist unversehrt
  1  das Protokoll wurde manipuliert oder beschädigt
  2  Aufruffehler
</translation>
    </message>
    <message>
        <source>  0  done (with --dry-run: the checks pass)
  1  refused: a check failed, the profile is read-only or another action runs (the reasons are printed)
  2  usage error, nothing reachable, or not confirmed
  3  failed during execution (the message says what state the cluster is left in)
</source>
        <translation>  0  erledigt (mit --dry-run: die Prüfungen bestehen)
  1  abgelehnt: eine Prüfung schlug fehl, das Profil ist schreibgeschützt oder eine andere Aktion läuft (die Gründe werden ausgegeben)
  2  Aufruffehler, nichts erreichbar oder nicht bestätigt
  3  während der Ausführung fehlgeschlagen (die Meldung nennt den Zustand, in dem der Cluster verbleibt)
</translation>
    </message>
    <message>
        <source>  0  done
  1  problems found, or refused (the reason is printed)
  2  usage error, or nothing reachable
</source>
        <translation>  0  erledigt
  1  Probleme gefunden oder abgelehnt (der Grund wird ausgegeben)
  2  Aufruffehler oder nichts erreichbar
</translation>
    </message>
    <message>
        <source>  0  no alert firing (or only silenced ones)
  1  alerts firing that no silence covers
  2  usage error, or no node reachable
</source>
        <translation>  0  kein Alarm aktiv (oder nur stummgeschaltete)
  1  Alarme aktiv, die keine Stummschaltung abdeckt
  2  Aufruffehler oder kein Knoten erreichbar
</translation>
    </message>
    <message>
        <source>One operation on one server of a lab: pause-replay or resume-replay (a standby), reload (the configuration), restart, stop or start. Checked, audited and refused by read-only profiles like every action; stop and restart ask for the cluster&apos;s name.</source>
        <translation>Eine Operation auf einem Server eines Labors: pause-replay oder resume-replay (ein Standby), reload (die Konfiguration), restart, stop oder start. Wie jede Aktion geprüft, im Audit-Protokoll erfasst und von schreibgeschützten Profilen abgelehnt; stop und restart fragen nach dem Namen des Clusters.</translation>
    </message>
    <message>
        <source>pause-replay, resume-replay, reload, restart, stop or start</source>
        <translation>pause-replay, resume-replay, reload, restart, stop oder start</translation>
    </message>
    <message>
        <source>The node.</source>
        <translation>Der Knoten.</translation>
    </message>
    <message>
        <source>Patroni runs the servers of %1: use pgversectl patroni restart MEMBER, or Patroni&apos;s own tools.</source>
        <translation>Patroni betreibt die Server von %1: Verwenden Sie pgversectl patroni restart MITGLIED oder die eigenen Werkzeuge von Patroni.</translation>
    </message>
    <message>
        <source>node needs an operation (pause-replay, resume-replay, reload, restart, stop or start) and the node.</source>
        <translation>node benötigt eine Operation (pause-replay, resume-replay, reload, restart, stop oder start) und den Knoten.</translation>
    </message>
    <message>
        <source>node: &quot;%1&quot; is not an operation; use pause-replay, resume-replay, reload, restart, stop or start.</source>
        <translation>node: „%1“ ist keine Operation; verwenden Sie pause-replay, resume-replay, reload, restart, stop oder start.</translation>
    </message>
    <message>
        <source>Profile %1 saved for the restored server.</source>
        <translation>Profil %1 für den wiederhergestellten Server gespeichert.</translation>
    </message>
    <message>
        <source>The restored server runs, but no profile could be saved for it: %1</source>
        <translation>Der wiederhergestellte Server läuft, aber für ihn konnte kein Profil gespeichert werden: %1</translation>
    </message>
    <message>
        <source>  0  shown
  2  usage error, or no node could be read
</source>
        <translation>  0  angezeigt
  2  Aufruffehler oder kein Knoten konnte gelesen werden
</translation>
    </message>
    <message>
        <source>  0  no session waits for a lock longer than --threshold
  1  a session waits longer
  2  usage error, or no node could be read
</source>
        <translation>  0  keine Sitzung wartet länger als --threshold auf eine Sperre
  1  eine Sitzung wartet länger
  2  Aufruffehler oder kein Knoten konnte gelesen werden
</translation>
    </message>
    <message>
        <source>  0  shown
  1  a database is older than autovacuum_freeze_max_age (a vacuum to prevent wraparound is due)
  2  usage error, or no node could be read
</source>
        <translation>  0  angezeigt
  1  eine Datenbank ist älter als autovacuum_freeze_max_age (ein Vacuum gegen den Wraparound ist fällig)
  2  Aufruffehler oder kein Knoten konnte gelesen werden
</translation>
    </message>
    <message>
        <source>Oldest xmin of the cluster: %1 on %2, %3 transactions old%4, held by %5.

</source>
        <translation>Ältestes xmin des Clusters: %1 auf %2, %3 Transaktionen alt%4, gehalten von %5.

</translation>
    </message>
    <message>
        <source> (open %1)</source>
        <translation> (offen seit %1)</translation>
    </message>
    <message>
        <source>  ← oldest</source>
        <translation>  ← ältestes</translation>
    </message>
    <message>
        <source> % left</source>
        <translation> % übrig</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>autovacuum, to prevent wraparound</source>
        <translation>Autovacuum, gegen den Wraparound</translation>
    </message>
    <message>
        <source>autovacuum</source>
        <translation>Autovacuum</translation>
    </message>
    <message>
        <source>VACUUM</source>
        <translation>VACUUM</translation>
    </message>
    <message>
        <source>What holds the xmin horizon back:
</source>
        <translation>Was den xmin-Horizont zurückhält:
</translation>
    </message>
    <message>
        <source>Transaction-ID age of each database:
</source>
        <translation>Transaktions-ID-Alter jeder Datenbank:
</translation>
    </message>
    <message>
        <source>Tables with dead tuples:
</source>
        <translation>Tabellen mit toten Tupeln:
</translation>
    </message>
    <message>
        <source>Vacuums running now:
</source>
        <translation>Jetzt laufende Vacuums:
</translation>
    </message>
    <message>
        <source>No vacuum is running.
</source>
        <translation>Kein Vacuum läuft.
</translation>
    </message>
    <message>
        <source>Queries cancelled on standbys to replay WAL (since the statistics were reset):
</source>
        <translation>Auf Standbys abgebrochene Abfragen, um WAL einzuspielen (seit dem Zurücksetzen der Statistiken):
</translation>
    </message>
    <message>
        <source>No query was cancelled on a standby for recovery.
</source>
        <translation>Auf keinem Standby wurde eine Abfrage für die Wiederherstellung abgebrochen.
</translation>
    </message>
    <message>
        <source>Show what holds VACUUM back on every node: the sessions, prepared transactions, replication slots and standby feedback that hold the xmin horizon (oldest first), the tables with the most dead tuples, each database&apos;s transaction-ID age against autovacuum_freeze_max_age, the vacuums running now and the queries standbys cancelled.</source>
        <translation>Zeigt, was VACUUM auf jedem Knoten zurückhält: die Sitzungen, vorbereiteten Transaktionen, Replikations-Slots und das Standby-Feedback, die den xmin-Horizont halten (älteste zuerst), die Tabellen mit den meisten toten Tupeln, das Transaktions-ID-Alter jeder Datenbank gegenüber autovacuum_freeze_max_age, die jetzt laufenden Vacuums und die von Standbys abgebrochenen Abfragen.</translation>
    </message>
    <message>
        <source>The sessions&apos; process IDs (from pgversectl sessions).</source>
        <translation>Die Prozess-IDs der Sitzungen (aus pgversectl sessions).</translation>
    </message>
    <message>
        <source>The root blocker of the largest blocking tree: the session whose end unblocks the most.</source>
        <translation>Der Wurzelblockierer des größten Blockierbaums: die Sitzung, deren Ende die meisten freigibt.</translation>
    </message>
    <message>
        <source>A group: sessions in this state (active, idle in transaction, …).</source>
        <translation>Eine Gruppe: Sitzungen in diesem Zustand (active, idle in transaction, …).</translation>
    </message>
    <message>
        <source>A group: sessions of this user.</source>
        <translation>Eine Gruppe: Sitzungen dieses Benutzers.</translation>
    </message>
    <message>
        <source>A group: sessions on this database.</source>
        <translation>Eine Gruppe: Sitzungen auf dieser Datenbank.</translation>
    </message>
    <message>
        <source>A group: sessions with this application_name.</source>
        <translation>Eine Gruppe: Sitzungen mit diesem application_name.</translation>
    </message>
    <message>
        <source>A group: sessions in their state for at least &lt;seconds&gt;.</source>
        <translation>Eine Gruppe: Sitzungen, die seit mindestens &lt;seconds&gt; in ihrem Zustand sind.</translation>
    </message>
    <message>
        <source>Do not ask for the cluster&apos;s name to confirm (groups ask for it).</source>
        <translation>Nicht zur Bestätigung nach dem Namen des Clusters fragen (Gruppen fragen danach).</translation>
    </message>
    <message>
        <source>Cancel the running query of sessions on one node (pg_cancel_backend): the sessions stay connected. Checked and audited; walsenders, background processes and PostgresVerse&apos;s own connections are refused.</source>
        <translation>Die laufende Abfrage von Sitzungen auf einem Knoten abbrechen (pg_cancel_backend): Die Sitzungen bleiben verbunden. Geprüft und im Audit-Protokoll erfasst; Walsender, Hintergrundprozesse und PostgresVerses eigene Verbindungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Terminate sessions on one node (pg_terminate_backend): their open transactions roll back. Checked and audited; walsenders, the startup process, background processes, autovacuum preventing wraparound and PostgresVerse&apos;s own connections are refused; a group asks for the cluster&apos;s name.</source>
        <translation>Sitzungen auf einem Knoten beenden (pg_terminate_backend): Ihre offenen Transaktionen werden zurückgerollt. Geprüft und im Audit-Protokoll erfasst; Walsender, der Startup-Prozess, Hintergrundprozesse, Autovacuum gegen den Wraparound und PostgresVerses eigene Verbindungen werden abgelehnt; eine Gruppe fragt nach dem Namen des Clusters.</translation>
    </message>
    <message>
        <source>Name the node the sessions are on: --node NAME.</source>
        <translation>Nennen Sie den Knoten, auf dem die Sitzungen sind: --node NAME.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a process ID.</source>
        <translation>„%1“ ist keine Prozess-ID.</translation>
    </message>
    <message>
        <source>--min-age takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--min-age erwartet eine Anzahl Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say which sessions: PIDs, or a group by --state, --user, --database, --application and --min-age.</source>
        <translation>Sagen Sie, welche Sitzungen: PIDs oder eine Gruppe über --state, --user, --database, --application und --min-age.</translation>
    </message>
    <message>
        <source>Say which sessions: PIDs, --root-blocker, or a group by --state, --user, --database, --application and --min-age.</source>
        <translation>Sagen Sie, welche Sitzungen: PIDs, --root-blocker oder eine Gruppe über --state, --user, --database, --application und --min-age.</translation>
    </message>
    <message>
        <source>%1 syncing</source>
        <translation>%1 in Synchronisation</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 von %2 bereit</translation>
    </message>
    <message>
        <source>%1 apply, %2 sync</source>
        <translation>%1 Apply, %2 Sync</translation>
    </message>
    <message>
        <source>No subscriptions.
</source>
        <translation>Keine Subskriptionen.
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No logical slots.
</source>
        <translation>Keine logischen Slots.
</translation>
    </message>
    <message>
        <source>
Problems:
</source>
        <translation>
Probleme:
</translation>
    </message>
    <message>
        <source>Not read: %1
</source>
        <translation>Nicht gelesen: %1
</translation>
    </message>
    <message>
        <source>Logical replication across the cluster and its subscribers: publications, subscriptions (publisher, state, lag, tables, errors), logical slots and what to do about their problems. A lab&apos;s subscriber is read with it.

Subscription states: streaming, catchup, syncing (tables not ready), disabled, erroring (errors rising), slot_missing (no slot on the node it connects to), publisher_down.</source>
        <translation>Logische Replikation über den Cluster und seine Subskribenten: Publikationen, Subskriptionen (Publisher, Zustand, Verzögerung, Tabellen, Fehler), logische Slots und was bei ihren Problemen zu tun ist. Der Subskribent eines Labors wird mitgelesen.

Zustände einer Subskription: streaming, catchup, syncing (Tabellen nicht bereit), disabled, erroring (Fehler steigen), slot_missing (kein Slot auf dem Knoten, mit dem sie sich verbindet), publisher_down.</translation>
    </message>
    <message>
        <source>Print JSON (one document per update with --watch).</source>
        <translation>JSON ausgeben (mit --watch ein Dokument pro Aktualisierung).</translation>
    </message>
    <message>
        <source>Keep printing until interrupted (Ctrl+C).</source>
        <translation>Fortlaufend ausgeben, bis unterbrochen (Strg+C).</translation>
    </message>
    <message>
        <source>With --watch: milliseconds between updates (default: the profile&apos;s poll interval).</source>
        <translation>Mit --watch: Millisekunden zwischen Aktualisierungen (Standard: das Abfrageintervall des Profils).</translation>
    </message>
    <message>
        <source>--interval takes milliseconds, at least 100.</source>
        <translation>--interval erwartet Millisekunden, mindestens 100.</translation>
    </message>
    <message>
        <source>Enable a subscription (ALTER SUBSCRIPTION … ENABLE): its apply worker starts and streams what its slot kept meanwhile. Checked and audited; read-only profiles are refused.</source>
        <translation>Eine Subskription aktivieren (ALTER SUBSCRIPTION … ENABLE): Ihr Apply-Worker startet und streamt, was ihr Slot in der Zwischenzeit zurückgehalten hat. Geprüft und im Audit-Protokoll erfasst; schreibgeschützte Profile werden abgelehnt.</translation>
    </message>
    <message>
        <source>Disable a subscription (ALTER SUBSCRIPTION … DISABLE): no changes are applied until it is enabled; its slot on the publisher keeps them, and its WAL. Checked and audited; read-only profiles are refused.</source>
        <translation>Eine Subskription deaktivieren (ALTER SUBSCRIPTION … DISABLE): Bis sie wieder aktiviert wird, werden keine Änderungen angewendet; ihr Slot auf dem Publisher hält sie zurück, samt ihrem WAL. Geprüft und im Audit-Protokoll erfasst; schreibgeschützte Profile werden abgelehnt.</translation>
    </message>
    <message>
        <source>Refresh a subscription&apos;s publications (ALTER SUBSCRIPTION … REFRESH PUBLICATION): tables added to them are copied and then replicated, tables taken out stop being replicated. Checked and audited; read-only profiles are refused.</source>
        <translation>Die Publikationen einer Subskription aktualisieren (ALTER SUBSCRIPTION … REFRESH PUBLICATION): Hinzugefügte Tabellen werden kopiert und dann repliziert, entfernte Tabellen werden nicht mehr repliziert. Geprüft und im Audit-Protokoll erfasst; schreibgeschützte Profile werden abgelehnt.</translation>
    </message>
    <message>
        <source>The subscription&apos;s name (from pgversectl logical).</source>
        <translation>Der Name der Subskription (aus pgversectl logical).</translation>
    </message>
    <message>
        <source>The node the subscription is on, when the name is on several.</source>
        <translation>Der Knoten, auf dem die Subskription liegt, wenn der Name auf mehreren vorkommt.</translation>
    </message>
    <message>
        <source>Print the run as JSON.</source>
        <translation>Den Ablauf als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Name one subscription (pgversectl logical lists them).</source>
        <translation>Nennen Sie eine Subskription (pgversectl logical listet sie auf).</translation>
    </message>
    <message>
        <source>No subscription named %1 was found in %2 (or its nodes could not be reached): pgversectl logical lists them.</source>
        <translation>Keine Subskription namens %1 in %2 gefunden (oder die Knoten waren nicht erreichbar): pgversectl logical listet sie auf.</translation>
    </message>
    <message>
        <source>Subscription %1 is on several nodes: say which with --subscriber NODE.</source>
        <translation>Subskription %1 liegt auf mehreren Knoten: Geben Sie mit --subscriber NODE an, auf welchem.</translation>
    </message>
    <message>
        <source>Subscription %1 was found on %2, which is not one of the clusters read.</source>
        <translation>Subskription %1 wurde auf %2 gefunden, der keiner der gelesenen Cluster ist.</translation>
    </message>
    <message>
        <source>Switch over even when a logical subscriber cannot be kept whole (disabled, behind, its slot missing; on Patroni: its slot not on the candidate); the checks say what it may miss.</source>
        <translation>Den Switchover auch dann ausführen, wenn ein logischer Subskribent nicht vollständig gehalten werden kann (deaktiviert, im Rückstand, sein Slot fehlt; bei Patroni: sein Slot nicht auf dem Kandidaten); die Prüfungen nennen, was ihm fehlen kann.</translation>
    </message>
    <message>
        <source>Do not PAUSE the cluster&apos;s poolers while the primary changes (their clients then get errors meanwhile); they are still routed to the new primary.</source>
        <translation>Die Pooler des Clusters nicht mit PAUSE pausieren, während der Primary wechselt (ihre Clients erhalten dann zwischenzeitlich Fehler); sie werden trotzdem zum neuen Primary geleitet.</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>No poolers in this profile (a lab gets them with: pgversectl lab pooler add).
</source>
        <translation>Keine Pooler in diesem Profil (ein Labor erhält sie mit: pgversectl lab pooler add).
</translation>
    </message>
    <message>
        <source>PAUSE a database (default: every database) on one pooler or all of the cluster&apos;s: running transactions finish, new queries wait until resume. Checked and audited.</source>
        <translation>Eine Datenbank (Standard: jede Datenbank) auf einem Pooler oder auf allen des Clusters mit PAUSE pausieren: Laufende Transaktionen laufen zu Ende, neue Abfragen warten bis zum Fortsetzen. Geprüft und im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>RESUME what is paused on one pooler or all of the cluster&apos;s, also after a switchover died while they were paused. Checked and audited.</source>
        <translation>Mit RESUME fortsetzen, was auf einem Pooler oder auf allen des Clusters pausiert ist, auch nachdem ein Switchover abgebrochen ist, während sie pausiert waren. Geprüft und im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>RECONNECT: server connections close once released and are opened anew. Checked and audited.</source>
        <translation>RECONNECT: Serververbindungen werden geschlossen, sobald sie freigegeben sind, und neu geöffnet. Geprüft und im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>RELOAD: the pooler reads its configuration file again. Checked and audited.</source>
        <translation>RELOAD: Der Pooler liest seine Konfigurationsdatei erneut. Geprüft und im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>KILL a database: drop every client and server connection of it at once, then RESUME it. Checked and audited; the cluster&apos;s name is asked for unless --yes.</source>
        <translation>KILL für eine Datenbank: jede ihrer Client- und Serververbindungen sofort trennen, dann RESUME. Geprüft und im Audit-Protokoll erfasst; ohne --yes wird nach dem Namen des Clusters gefragt.</translation>
    </message>
    <message>
        <source>The pooler (default: every pooler of the cluster).</source>
        <translation>Der Pooler (Standard: jeder Pooler des Clusters).</translation>
    </message>
    <message>
        <source>Only this database.</source>
        <translation>Nur diese Datenbank.</translation>
    </message>
    <message>
        <source>Name one pooler, or none for all of them.</source>
        <translation>Nennen Sie einen Pooler oder keinen für alle.</translation>
    </message>
    <message>
        <source>%1 has no pooler named %2 (pgversectl pooler lists them).</source>
        <translation>%1 hat keinen Pooler namens %2 (pgversectl pooler listet sie auf).</translation>
    </message>
    <message>
        <source>The cluster&apos;s connection poolers (PgBouncer): where each routes, its pools (clients active and waiting, servers, the longest wait), its rates, and what is wrong: a pooler routing to a standby or a down node, clients waiting too long, a pool at its limit, a pooler left paused, one that does not answer.

Commands: pause|resume|reconnect|reload|kill [NAME] [--database DB].</source>
        <translation>Die Verbindungspooler des Clusters (PgBouncer): wohin jeder weiterleitet, seine Pools (aktive und wartende Clients, Server, die längste Wartezeit), seine Raten und was nicht stimmt: ein Pooler, der an einen Standby oder einen ausgefallenen Knoten weiterleitet, zu lange wartende Clients, ein Pool an seinem Limit, ein pausiert gebliebener Pooler, einer, der nicht antwortet.

Befehle: pause|resume|reconnect|reload|kill [NAME] [--database DB].</translation>
    </message>
    <message>
        <source>Seconds a client may wait for a server connection before it is a problem (default 1).</source>
        <translation>Sekunden, die ein Client auf eine Serververbindung warten darf, bevor es als Problem gilt (Standard 1).</translation>
    </message>
    <message>
        <source>--max-wait takes seconds (0 or more).</source>
        <translation>--max-wait erwartet Sekunden (0 oder mehr).</translation>
    </message>
</context>
</TS>
