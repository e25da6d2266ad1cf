<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Why these exercises</source>
        <translation>Warum diese Übungen</translation>
    </message>
    <message>
        <source>The exercises</source>
        <translation>Die Übungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({section}): {purpose}</source>
        <comment>an exercise, its kind, what it is for</comment>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({section}): {purpose}</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>The routine follows {source} on {published}, by {authors}, {description}. The instructions here are written in our own words.</source>
        <translation>Das Programm folgt {source} vom {published}, von {authors}, {description}. Die Anleitungen hier sind in eigenen Worten verfasst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructed parts.&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Ergänzte Teile.&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>Über das Übungsprogramm</translation>
    </message>
    <message>
        <source>{action}: {description}</source>
        <comment>a shortcut&apos;s command, then what it does</comment>
        <translation type="vanished">{action}: {description}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>These keys work wherever the focus is in the window.</source>
        <translation>Diese Tasten funktionieren im ganzen Fenster, egal wo der Fokus gerade ist.</translation>
    </message>
    <message>
        <source>Your pain score, 0 (none) to 10 (worst imaginable), on the Ready card and in the check-in after a session: type 1 then 0 for 10</source>
        <translation type="vanished">Ihre Schmerzstärke, 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz), auf der Startkarte und bei der Schmerzangabe nach einer Sitzung: für 10 erst 1, dann 0 tippen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Save the check-in after a session</source>
        <translation type="vanished">Die Schmerzangabe nach einer Sitzung speichern</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>Eingabe, Esc</translation>
    </message>
    <message>
        <source>When the card asks whether to stop the session: Enter stops it, Esc carries on</source>
        <translation type="vanished">Wenn die Karte fragt, ob Sie die Sitzung abbrechen möchten: Eingabe bricht ab, Esc macht weiter</translation>
    </message>
    <message>
        <source>Your pain score on the Ready card and in the check-in (1 then 0 is 10)</source>
        <translation>Ihre Schmerzstärke auf der Startkarte und bei der Schmerzangabe (1, dann 0 ergibt 10)</translation>
    </message>
    <message>
        <source>Save the check-in</source>
        <translation>Die Schmerzangabe speichern</translation>
    </message>
    <message>
        <source>On the card&apos;s stop question: Enter stops, Esc carries on</source>
        <translation>Bei der Frage zum Abbrechen auf der Karte: Eingabe bricht ab, Esc macht weiter</translation>
    </message>
    <message>
        <source>On one screen:</source>
        <translation>Auf einem Bildschirm:</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A guided home routine for piriformis syndrome. It does not replace advice from your physiotherapist or doctor.</source>
        <translation>Ein angeleitetes Übungsprogramm für zu Hause bei Piriformis-Syndrom. Es ersetzt keine physiotherapeutische oder ärztliche Beratung.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer: Sie dürfen sie nach deren Bedingungen weitergeben und verändern. Es gibt keinerlei Gewährleistung.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs and tomlkit; Licences lists them all with their terms.</source>
        <translation>Erstellt mit Qt %1 und PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs und tomlkit; unter „Lizenzen“ finden Sie alle mit ihren Bedingungen.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Lizenzen…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>This copy of the app was installed without its licence files. The licence is the GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>Diese Kopie der App wurde ohne ihre Lizenzdateien installiert. Die Lizenz ist die GNU General Public License, Version 3 oder neuer: https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittanbietern</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>{tip} ({shortcut})</source>
        <comment>a tooltip: what the action does, then its key</comment>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Sitzung starten, anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Restart this exercise, or go to the previous one</source>
        <translation>Diese Übung neu beginnen oder zur vorherigen gehen</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Zur nächsten Übung springen</translation>
    </message>
    <message>
        <source>Restart leg</source>
        <translation>Bein von vorn</translation>
    </message>
    <message>
        <source>Start this leg&apos;s reps again</source>
        <translation type="vanished">Die Wiederholungen für dieses Bein neu beginnen</translation>
    </message>
    <message>
        <source>Restart this leg&apos;s reps</source>
        <translation>Die Wiederholungen für dieses Bein von vorn beginnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Sitzung abbrechen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>&amp;Print routine sheet…</source>
        <translation>Übungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the routine with your settings</source>
        <translation>Das Übungsprogramm mit Ihren Einstellungen drucken</translation>
    </message>
    <message>
        <source>Save routine sheet as &amp;PDF…</source>
        <translation>Übungsblatt als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the routine sheet as a PDF file</source>
        <translation>Das Übungsblatt als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Print progress &amp;report…</source>
        <translation>&amp;Fortschrittsbericht drucken…</translation>
    </message>
    <message>
        <source>A report of your sessions and pain for your physiotherapist</source>
        <translation>Ein Bericht über Ihre Sitzungen und Schmerzen für die Physiotherapie</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save your history as a CSV file</source>
        <translation>Ihren Verlauf als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Open prescription…</source>
        <translation>&amp;Verordnung öffnen…</translation>
    </message>
    <message>
        <source>Apply a prescription file from your physiotherapist</source>
        <translation>Eine Verordnungsdatei Ihrer Physiotherapeutin oder Ihres Physiotherapeuten anwenden</translation>
    </message>
    <message>
        <source>Save as pres&amp;cription…</source>
        <translation>Als Ver&amp;ordnung speichern…</translation>
    </message>
    <message>
        <source>Save the routine as set as a prescription file</source>
        <translation>Das Programm wie eingestellt als Verordnungsdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Large type for following from the mat</source>
        <translation>Große Schrift, um von der Matte aus zu folgen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>About this &amp;routine</source>
        <translation>Über das Übungs&amp;programm</translation>
    </message>
    <message>
        <source>Why these exercises, credits, safety</source>
        <translation>Warum diese Übungen, Quellen, Sicherheit</translation>
    </message>
    <message>
        <source>&amp;About Piriformis Desktop</source>
        <translation>Ü&amp;ber Piriformis Desktop</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Piriformis Desktop</source>
        <translation>Piriformis Desktop beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} is already open in another window. Both copies save to the same history; settings changed in one are not seen by the other until it is restarted.</source>
        <translation>{app} ist bereits in einem anderen Fenster geöffnet. Beide Kopien speichern in denselben Verlauf; Einstellungen, die in der einen geändert werden, sieht die andere erst nach ihrem Neustart.</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply a prescription</source>
        <translation>Verordnung anwenden</translation>
    </message>
    <message>
        <source>Prescription by {name}, issued {date}</source>
        <translation>Verordnung von {name}, ausgestellt am {date}</translation>
    </message>
    <message numerus="yes">
        <source>From {file}. %n setting(s) change; the others are already as prescribed.</source>
        <translation>
            <numerusform>Aus {file}. %n Einstellung ändert sich; die übrigen sind schon wie verordnet.</numerusform>
            <numerusform>Aus {file}. %n Einstellungen ändern sich; die übrigen sind schon wie verordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review by {date}.</source>
        <translation>Kontrolle bis {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Not used by this version, kept with the prescription: {keys}.</source>
        <translation>Von dieser Version nicht verwendet, mit der Verordnung aufbewahrt: {keys}.</translation>
    </message>
    <message>
        <source>What the prescription changes</source>
        <translation>Was die Verordnung ändert</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Verordnet</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Your settings now are kept: Undo in Settings brings them back in one click.</source>
        <translation>Ihre jetzigen Einstellungen bleiben gespeichert: „Rückgängig“ unter Einstellungen holt sie mit einem Klick zurück.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <comment>a heading of --help; a colon follows right after it</comment>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <comment>a heading of --help; a colon follows</comment>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignoriertes Argument %r</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>it is read-only, so it was not replaced</source>
        <translation>die Datei ist schreibgeschützt und wurde daher nicht ersetzt</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file, so it was not replaced</source>
        <translation>das ist keine gewöhnliche Datei, daher wurde sie nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Reminders for your piriformis routine</source>
        <translation>Erinnerungen für Ihr Piriformis-Programm</translation>
    </message>
    <message>
        <source>Starting at login could not be set up: {reason}.</source>
        <translation>Der Start beim Anmelden konnte nicht eingerichtet werden: {reason}.</translation>
    </message>
    <message>
        <source>Starting at login could not be removed: {reason}.</source>
        <translation>Der Start beim Anmelden konnte nicht entfernt werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Left leg: {exercise} starts again from the first rep.</source>
        <translation>Linkes Bein: {exercise} beginnt wieder bei der ersten Wiederholung.</translation>
    </message>
    <message>
        <source>Right leg: {exercise} starts again from the first rep.</source>
        <translation>Rechtes Bein: {exercise} beginnt wieder bei der ersten Wiederholung.</translation>
    </message>
    <message>
        <source>Skipped to exercise {number}: {exercise}.</source>
        <translation>Weiter zu Übung {number}: {exercise}.</translation>
    </message>
    <message>
        <source>Back to exercise {number}: {exercise}.</source>
        <translation>Zurück zu Übung {number}: {exercise}.</translation>
    </message>
    <message>
        <source>{exercise} starts again from the beginning.</source>
        <translation>{exercise} beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>The first letter of a cue after a comma: translate as exactly &apos;lower-case&apos;, or as exactly &apos;as written&apos; where it keeps its capital (German nouns)</comment>
        <translation>as written</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Danach: Ende</translation>
    </message>
    <message>
        <source>Next: switch to your left leg</source>
        <translation>Danach: zum linken Bein wechseln</translation>
    </message>
    <message>
        <source>Next: switch to your right leg</source>
        <translation>Danach: zum rechten Bein wechseln</translation>
    </message>
    <message>
        <source>Next: rest {seconds} s</source>
        <translation>Danach: {seconds} s Pause</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Danach: {exercise}</translation>
    </message>
    <message>
        <source>Next: rep {rep} of {reps}, {cue}</source>
        <translation>Danach: {cue} (Wiederholung {rep} von {reps})</translation>
    </message>
    <message>
        <source>Next: move {seconds} s</source>
        <translation>Danach: {seconds} s bewegen</translation>
    </message>
    <message>
        <source>Next: hold {seconds} s</source>
        <translation>Danach: {seconds} s halten</translation>
    </message>
    <message>
        <source>Next: release {seconds} s</source>
        <translation type="vanished">Danach: {seconds} s zurück</translation>
    </message>
    <message>
        <source>Next: move back {seconds} s</source>
        <translation>Danach: {seconds} s zurückbewegen</translation>
    </message>
    <message>
        <source>Next: get ready</source>
        <translation>Danach: bereit machen</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Exercise {number} of {total} · {section}</source>
        <translation>Übung {number} von {total} · {section}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg</source>
        <translation>
            <numerusform>%n Wiederholung je Bein</numerusform>
            <numerusform>%n Wiederholungen je Bein</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>Zum linken Bein wechseln</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the left leg</source>
        <translation>
            <numerusform>%n Wiederholung mit dem linken Bein</numerusform>
            <numerusform>%n Wiederholungen mit dem linken Bein</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>Zum rechten Bein wechseln</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the right leg</source>
        <translation>
            <numerusform>%n Wiederholung mit dem rechten Bein</numerusform>
            <numerusform>%n Wiederholungen mit dem rechten Bein</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest, then: {cue}</source>
        <translation>Pause, dann: {cue}</translation>
    </message>
    <message>
        <source>Up next · exercise {number} of {total} · {section}</source>
        <translation>Als Nächstes · Übung {number} von {total} · {section}</translation>
    </message>
    <message>
        <source>{phase}. {cue}. {side}.</source>
        <translation>{phase}. {cue}. {side}.</translation>
    </message>
    <message>
        <source>{phase}. {cue}.</source>
        <translation>{phase}. {cue}.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready to start {exercise}. Press Space to start.</source>
        <translation>Bereit für {exercise}. Drücken Sie die Leertaste, um zu beginnen.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Paused. Press Space to resume.</source>
        <translation>Angehalten. Drücken Sie die Leertaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>Get back in position</source>
        <translation>Wieder in Position</translation>
    </message>
    <message numerus="yes">
        <source>Resuming in %n second(s).</source>
        <translation>
            <numerusform>Weiter in %n Sekunde.</numerusform>
            <numerusform>Weiter in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in of a past session</source>
        <translation>Schmerzangabe zu einer früheren Sitzung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Abbrechen: nichts ändern</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>Check-in saved.</source>
        <translation>Schmerzangabe gespeichert.</translation>
    </message>
    <message>
        <source>Check-in skipped.</source>
        <translation>Schmerzangabe übersprungen.</translation>
    </message>
    <message>
        <source>Check-in saved: pain {score} of 10.</source>
        <translation>Schmerzangabe gespeichert: Schmerz {score} von 10.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerzangabe</translation>
    </message>
    <message>
        <source>How much does it hurt now?</source>
        <translation>Wie stark sind die Schmerzen jetzt?</translation>
    </message>
    <message>
        <source>Pain {score} of 10</source>
        <translation type="vanished">Schmerz {score} von 10</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Where? (optional)</source>
        <translation>Wo? (optional)</translation>
    </message>
    <message>
        <source>A short note for yourself or your physiotherapist (optional)</source>
        <translation>Eine kurze Notiz für sich selbst oder für die Physiotherapie (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Schmerzangabe speichern</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Überspringen (Esc)</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Schmerzangabe überspringen</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Pain in the buttock</source>
        <translation>Schmerzen im Gesäß</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Pain in the thigh</source>
        <translation>Schmerzen im Oberschenkel</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Pain in the lower back</source>
        <translation>Schmerzen im unteren Rücken</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>expected a whole number from {first} to {last}, got {value}</source>
        <translation>erwartet wurde eine ganze Zahl von {first} bis {last}, gefunden: {value}</translation>
    </message>
    <message>
        <source>{app}: a guided home routine for piriformis syndrome.</source>
        <translation>{app}: ein angeleitetes Übungsprogramm für zu Hause bei Piriformis-Syndrom.</translation>
    </message>
    <message>
        <source>Set {variable}=N (N &gt;= 1) to run the session clock N times faster (demos, tests).</source>
        <translation>Mit {variable}=N (N &gt;= 1) läuft die Sitzungsuhr N-mal schneller (für Vorführungen und Tests).</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>open and start today&apos;s session at once</source>
        <translation>öffnen und die heutige Sitzung sofort starten</translation>
    </message>
    <message>
        <source>open in full screen with large type</source>
        <translation>im Vollbild mit großer Schrift öffnen</translation>
    </message>
    <message>
        <source>write every session as CSV (- for stdout)</source>
        <translation>alle Sitzungen als CSV schreiben (- für die Standardausgabe)</translation>
    </message>
    <message>
        <source>add sessions from a CSV export, skipping duplicates</source>
        <translation>Sitzungen aus einem CSV-Export hinzufügen, doppelte überspringen</translation>
    </message>
    <message>
        <source>write the routine sheet as a PDF and exit</source>
        <translation>das Übungsblatt als PDF schreiben und beenden</translation>
    </message>
    <message>
        <source>write a progress report for your physiotherapist</source>
        <translation>einen Fortschrittsbericht für Ihre Physiotherapeutin oder Ihren Physiotherapeuten schreiben</translation>
    </message>
    <message>
        <source>apply a physiotherapist&apos;s prescription file, print what changed and exit</source>
        <translation>die Verordnungsdatei einer Physiotherapeutin oder eines Physiotherapeuten anwenden, die Änderungen ausgeben und beenden</translation>
    </message>
    <message>
        <source>write the current settings and prescription as a prescription file</source>
        <translation>die aktuellen Einstellungen und die Verordnung als Verordnungsdatei schreiben</translation>
    </message>
    <message>
        <source>open the window and show what this prescription would change</source>
        <translation>das Fenster öffnen und zeigen, was diese Verordnung ändern würde</translation>
    </message>
    <message>
        <source>weeks the report covers (default {weeks})</source>
        <translation>Anzahl der Wochen im Bericht (Standard: {weeks})</translation>
    </message>
    <message>
        <source>paper size for the PDFs (default: locale)</source>
        <translation>Papierformat der PDFs (Standard: nach Region des Systems)</translation>
    </message>
    <message>
        <source>stopped by an unexpected problem ({kind}: {reason}); nothing more was done.</source>
        <translation>wegen eines unerwarteten Problems abgebrochen ({kind}: {reason}); sonst wurde nichts getan.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No audio device was found</source>
        <translation>Es wurde kein Audiogerät gefunden</translation>
    </message>
    <message>
        <source>The sound server went away during the session</source>
        <translation>Der Tondienst des Systems ist während der Sitzung ausgefallen</translation>
    </message>
    <message>
        <source>The sound “{name}” could not be played</source>
        <translation>Der Ton „{name}“ konnte nicht abgespielt werden</translation>
    </message>
    <message>
        <source>The sound system stopped responding ({message})</source>
        <translation>Das Tonsystem reagiert nicht mehr ({message})</translation>
    </message>
    <message>
        <source>The sound system did not start</source>
        <translation>Das Tonsystem ist nicht gestartet</translation>
    </message>
    <message>
        <source>The sound system stopped responding</source>
        <translation>Das Tonsystem reagiert nicht mehr</translation>
    </message>
    <message>
        <source>{reason}; sound cues go on from a fresh start of it.</source>
        <translation>{reason}; die Tonsignale gehen mit einem frisch gestarteten Tonsystem weiter.</translation>
    </message>
    <message>
        <source>The speech engine stopped working: {message}</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr: {message}</translation>
    </message>
    <message>
        <source>The speech engine stopped answering (restarting speech-dispatcher, or logging out and in, usually helps)</source>
        <translation>Die Sprachausgabe antwortet nicht mehr (ein Neustart von speech-dispatcher oder ab- und wieder anmelden hilft meist)</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is running but not answering (restarting it, or logging out and in, usually helps)</source>
        <translation>Sprachansagen brauchen speech-dispatcher; er läuft, antwortet aber nicht (ein Neustart des Dienstes oder ab- und wieder anmelden hilft meist)</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is not installed or not running</source>
        <translation>Sprachansagen brauchen speech-dispatcher, das nicht installiert ist oder nicht läuft</translation>
    </message>
    <message>
        <source>No speech engine could be started ({problems})</source>
        <translation>Keine Sprachausgabe ließ sich starten ({problems})</translation>
    </message>
    <message>
        <source>No speech engine was found (install speech-dispatcher for voice prompts)</source>
        <translation>Keine Sprachausgabe gefunden (installieren Sie speech-dispatcher für Sprachansagen)</translation>
    </message>
    <message>
        <source>No speech engine was found</source>
        <translation>Keine Sprachausgabe gefunden</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {language}; prompts are read with another voice (install a {language} voice for espeak-ng or your speech engine)</source>
        <translation>Die Sprachausgabe hat keine Stimme für {language}; die Ansagen werden mit einer anderen Stimme gelesen (installieren Sie eine Stimme für {language} für espeak-ng oder Ihre Sprachausgabe)</translation>
    </message>
    <message>
        <source>Sound cues are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation>Die Tonsignale bleiben aus, bis Piriformis Desktop neu gestartet wird. {reason}. Diese Sitzung läuft ohne sie weiter.</translation>
    </message>
    <message>
        <source>Voice prompts are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation>Die Sprachansagen bleiben aus, bis Piriformis Desktop neu gestartet wird. {reason}. Diese Sitzung läuft ohne sie weiter.</translation>
    </message>
    <message>
        <source>Sound needs Qt Multimedia, which could not be loaded: {error}</source>
        <translation>Tonsignale brauchen Qt Multimedia, das nicht geladen werden konnte: {error}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}</source>
        <translation>Sprachansagen brauchen Qt Text-to-Speech, das nicht geladen werden konnte: {error}</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Session complete</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>{exercise}, right leg</source>
        <translation>{exercise}, rechtes Bein</translation>
    </message>
    <message>
        <source>{exercise}, left leg</source>
        <translation>{exercise}, linkes Bein</translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>Wechseln Sie zum rechten Bein</translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>Wechseln Sie zum linken Bein</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>spoken when a hold begins</comment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>spoken when a rest begins</comment>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <source>Sessions day by day, last 12 weeks</source>
        <translation type="vanished">Sitzungen Tag für Tag, letzte 12 Wochen</translation>
    </message>
    <message numerus="yes">
        <source>Sessions day by day, last %n week(s)</source>
        <translation>
            <numerusform>Sitzungen Tag für Tag, letzte Woche</numerusform>
            <numerusform>Sitzungen Tag für Tag, letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>{active} of the last {days} days had a finished session.</source>
        <translation>An {active} der letzten {days} Tage wurde eine Sitzung abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>the page could not be opened for drawing</source>
        <translation>die Seite konnte nicht zum Zeichnen geöffnet werden</translation>
    </message>
    <message>
        <source>unknown paper size &apos;{paper}&apos;; use a4 or letter</source>
        <translation>unbekanntes Papierformat „{paper}“; verwenden Sie a4 oder letter</translation>
    </message>
    <message>
        <source>could not write {path}: the PDF came out empty (is the disk full?)</source>
        <translation>{path} konnte nicht geschrieben werden: Das PDF ist leer (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Save routine sheet as PDF</source>
        <translation>Übungsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The routine sheet was not saved: {reason}.</source>
        <translation>Das Übungsblatt wurde nicht gespeichert: {reason}.</translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}</source>
        <translation>Übungsblatt unter {path} gespeichert</translation>
    </message>
</context>
<context>
    <name>DoseStepWords</name>
    <message numerus="yes">
        <source>%n finished session(s) in a row at this dose with pain after at most {ceiling} of 10 and no safety flag.</source>
        <translation>
            <numerusform>%n abgeschlossene Sitzung in Folge mit dieser Dosis, Schmerz danach höchstens {ceiling} von 10 und kein Warnhinweis.</numerusform>
            <numerusform>%n abgeschlossene Sitzungen in Folge mit dieser Dosis, Schmerz danach höchstens {ceiling} von 10 und kein Warnhinweis.</numerusform>
        </translation>
    </message>
    <message>
        <source>A safety flag after the session on {day}.</source>
        <translation>Ein Warnhinweis nach der Sitzung vom {day}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>about {seconds} s</source>
        <translation>etwa {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>etwa {minutes} min</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s</source>
        <translation>etwa {minutes} min {seconds} s</translation>
    </message>
</context>
<context>
    <name>GoalGroup</name>
    <message>
        <source>Goal, sound and look</source>
        <translation>Ziel, Ton und Aussehen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation>
            <numerusform>%n Sitzung pro Woche</numerusform>
            <numerusform>%n Sitzungen pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation>Tonsignale (Ticken am Ende des Haltens, Klänge)</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Tonsignale</translation>
    </message>
    <message>
        <source>Voice prompts (&quot;Hold&quot;, &quot;Switch to your left leg&quot;)</source>
        <translation>Sprachansagen („Halten“, „Zum linken Bein wechseln“)</translation>
    </message>
    <message>
        <source>Voice prompts</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation>Warum kein Ton möglich ist</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
</context>
<context>
    <name>HistoryButtons</name>
    <message>
        <source>Check-in…</source>
        <translation>Schmerzangabe…</translation>
    </message>
    <message>
        <source>Add or change the check-in of a past session</source>
        <translation>Die Schmerzangabe zu einer früheren Sitzung nachtragen oder ändern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation>Sitzungen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Den Verlauf als CSV-Datei exportieren</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation>
            <numerusform>%n Sitzung nach {path} exportiert</numerusform>
            <numerusform>%n Sitzungen nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write to standard output: {reason}.</source>
        <translation>konnte nicht in die Standardausgabe schreiben: {reason}.</translation>
    </message>
    <message>
        <source>your history cannot be written, so nothing was imported.</source>
        <translation>Ihr Verlauf kann nicht geschrieben werden, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation type="vanished">{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path} ({duplicates} already there).</source>
        <translation>
            <numerusform>%n Sitzung aus {path} importiert ({duplicates} bereits vorhanden).</numerusform>
            <numerusform>%n Sitzungen aus {path} importiert ({duplicates} bereits vorhanden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>line {line}: the file is empty; expected a header row: {columns}.</source>
        <translation>Zeile {line}: Die Datei ist leer; erwartet wurde eine Kopfzeile: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>line {line}: missing column(s) {missing}; an export has: {columns}.</source>
        <translation>
            <numerusform>Zeile {line}: Es fehlt die Spalte {missing}; ein Export hat: {columns}.</numerusform>
            <numerusform>Zeile {line}: Es fehlen die Spalten {missing}; ein Export hat: {columns}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line {line}: expected %n value(s), found {found}.</source>
        <translation>
            <numerusform>Zeile {line}: %n Wert erwartet, {found} gefunden.</numerusform>
            <numerusform>Zeile {line}: %n Werte erwartet, {found} gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: more than {limit} sessions, so this is not an export of this app.</source>
        <translation>Zeile {line}: mehr als {limit} Sitzungen, das ist also kein Export dieser App.</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({reason}).</source>
        <translation>Zeile {line}: nicht als CSV lesbar ({reason}).</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text, so not an export of this app.</source>
        <translation>Zeile {line}: kein UTF-8-Text, also kein Export dieser App.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a date and time with a time zone, like {example}, got {value}.</source>
        <translation>Zeile {line}: {column}: erwartet wurden Datum und Uhrzeit mit Zeitzone wie {example}, gefunden: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a date like {example}, got {value}.</source>
        <translation>Zeile {line}: {column}: erwartet wurde ein Datum wie {example}, gefunden: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a number of seconds, 0 or more, got {value}.</source>
        <translation>Zeile {line}: {column}: erwartet wurde eine Anzahl Sekunden, 0 oder mehr, gefunden: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected {one} or {other}, got {value}.</source>
        <translation>Zeile {line}: {column}: erwartet wurde {one} oder {other}, gefunden: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, got {value}.</source>
        <translation>Zeile {line}: {column}: erwartet wurde eine ganze Zahl, gefunden: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, 0 or more, got {value}.</source>
        <translation>Zeile {line}: {column}: erwartet wurde eine ganze Zahl, 0 oder mehr, gefunden: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected the settings as a JSON object, like {example}, got {value}.</source>
        <translation>Zeile {line}: {column}: erwartet wurden die Einstellungen als JSON-Objekt wie {example}, gefunden: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number from 0 to 10, or nothing, got {value}.</source>
        <translation>Zeile {line}: {column}: erwartet wurde eine ganze Zahl von 0 bis 10 oder nichts, gefunden: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {reason}.</source>
        <translation>Zeile {line}: {reason}.</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters, so this is not an export of this app.</source>
        <translation>Zeile {line} ist länger als {limit} Zeichen, das ist also kein Export dieser App.</translation>
    </message>
    <message>
        <source>line {line}: the file is larger than {limit} MB, so this is not an export of this app.</source>
        <translation>Zeile {line}: die Datei ist größer als {limit} MB, das ist also kein Export dieser App.</translation>
    </message>
</context>
<context>
    <name>HistoryOpening</name>
    <message>
        <source>Your history file {path} is damaged and could not be moved aside ({reason}); sessions will play but will not be saved.</source>
        <translation>Ihre Verlaufsdatei {path} ist beschädigt und konnte nicht beiseitegelegt werden ({reason}); Sitzungen laufen, werden aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path} and a new one was started.</source>
        <translation>Ihre Verlaufsdatei war beschädigt; sie wurde nach {path} verschoben und eine neue angelegt.</translation>
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path}, and a new one could not be created ({reason}); sessions will play but will not be saved.</source>
        <translation>Ihre Verlaufsdatei war beschädigt; sie wurde nach {path} verschoben, aber eine neue konnte nicht angelegt werden ({reason}); Sitzungen laufen, werden aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your history file {path} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation>Ihre Verlaufsdatei {path} kann nicht verwendet werden ({reason}); Sitzungen laufen, werden aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your history in {folder} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation>Ihr Verlauf in {folder} kann nicht verwendet werden ({reason}); Sitzungen laufen, werden aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>the disk it is on is read-only</source>
        <translation>der Datenträger, auf dem sie liegt, ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file belongs to another user</source>
        <translation>die Datei gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>the file&apos;s permissions let you neither read nor change it</source>
        <translation>die Rechte der Datei erlauben Ihnen weder das Lesen noch das Ändern</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder belongs to another user</source>
        <translation>der Ordner gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation>sie wurde von einer neueren Version der App geschrieben</translation>
    </message>
    <message>
        <source>Your history was saved by a newer version of Piriformis Desktop, so this version will not change it: sessions will play but will not be saved.</source>
        <translation>Ihr Verlauf wurde von einer neueren Version von Piriformis Desktop gespeichert, daher ändert diese Version ihn nicht: Sitzungen laufen, werden aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your history file {path} cannot be changed ({reason}); past sessions are shown, but new ones will not be saved.</source>
        <translation>Ihre Verlaufsdatei {path} kann nicht geändert werden ({reason}); frühere Sitzungen werden angezeigt, neue aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The disk that holds your history {path} is full: new sessions will not be saved until some room is freed.</source>
        <translation>Der Datenträger mit Ihrem Verlauf {path} ist voll: Neue Sitzungen werden erst wieder gespeichert, wenn Platz frei wird.</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>keine SQLite-Datei</translation>
    </message>
</context>
<context>
    <name>HistorySource</name>
    <message>
        <source>Your history is not open.</source>
        <translation>Ihr Verlauf ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the folder is read-only or not yours</source>
        <translation>der Ordner ist schreibgeschützt oder gehört Ihnen nicht</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>another copy of the app kept it busy for too long</source>
        <translation>eine andere Instanz der App hat sie zu lange blockiert</translation>
    </message>
    <message>
        <source>the file cannot be created or opened there</source>
        <translation>die Datei kann dort nicht angelegt oder geöffnet werden</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The history {path} is closed.</source>
        <translation>Der Verlauf {path} ist geschlossen.</translation>
    </message>
    <message>
        <source>The check-in was not saved: {reason}.</source>
        <translation>Die Schmerzangabe wurde nicht gespeichert: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be written: {reason}.</source>
        <translation>Die Verlaufsdatei {path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be written: {reason}.</source>
        <translation>Die Verlaufsdatei {path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {reason}.</source>
        <translation>Die Verlaufsdatei {path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Es wurde nichts exportiert: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n Sitzung nach {path} exportiert.</numerusform>
            <numerusform>%n Sitzungen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>{path} wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} from {path} (%n were already here).</source>
        <translation>
            <numerusform>{sessions} aus {path} importiert (%n war schon vorhanden).</numerusform>
            <numerusform>{sessions} aus {path} importiert (%n waren schon vorhanden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path}.</source>
        <translation>
            <numerusform>%n Sitzung aus {path} importiert.</numerusform>
            <numerusform>%n Sitzungen aus {path} importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Pain after each session (0 none, 10 worst)</source>
        <translation type="vanished">Schmerz nach jeder Sitzung (0 keiner, 10 stärkster)</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="vanished">12 Wochen</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation type="vanished">Die letzten 12 Wochen zeigen</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation>Den ganzen Verlauf zeigen</translation>
    </message>
    <message>
        <source>Pain before and after (0 none, 10 worst)</source>
        <translation>Schmerz vorher und nachher (0 keiner, 10 stärkster)</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Schmerztrend</translation>
    </message>
    <message>
        <source>Sessions of the chosen week</source>
        <translation>Sitzungen der gewählten Woche</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="vanished">Importieren…</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation type="vanished">Sitzungen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">Exportieren…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation type="vanished">Den Verlauf als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Your history cannot be written, so nothing can be imported.</source>
        <translation>Ihr Verlauf kann nicht geschrieben werden, daher lässt sich nichts importieren.</translation>
    </message>
    <message>
        <source>stopped early (not counted)</source>
        <translation>abgebrochen (nicht gezählt)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>safety flag</source>
        <translation>Warnhinweis</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Your history is not available&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sessions still play from start to end, but they are not saved. The notice above says why.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Ihr Verlauf ist nicht verfügbar&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sitzungen laufen weiterhin von Anfang bis Ende, werden aber nicht gespeichert. Warum, steht im Hinweis oben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first session on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Noch keine Sitzungen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Beginnen Sie Ihre erste Sitzung auf der Registerkarte &lt;b&gt;Sitzung&lt;/b&gt; (drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt;).&lt;br&gt;Jede abgeschlossene Sitzung erscheint hier, Woche für Woche, gemessen an Ihrem Ziel von {goal} pro Woche.&lt;/p&gt;&lt;p&gt;Sie kommen von einem anderen Computer? Wählen Sie &lt;b&gt;Importieren…&lt;/b&gt; und die CSV-Datei, die Sie dort exportiert haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first routine on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Noch keine Sitzungen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Beginnen Sie Ihre erste Sitzung auf der Registerkarte &lt;b&gt;Sitzung&lt;/b&gt; (drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt;).&lt;br&gt;Jede abgeschlossene Sitzung erscheint hier, Woche für Woche, gemessen an Ihrem Ziel von {goal} pro Woche.&lt;/p&gt;&lt;p&gt;Sie kommen von einem anderen Computer? Wählen Sie &lt;b&gt;Importieren…&lt;/b&gt; und die CSV-Datei, die Sie dort exportiert haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{trend} {rising}</source>
        <comment>two sentences about pain, one after the other</comment>
        <translation type="vanished">{trend} {rising}</translation>
    </message>
    <message>
        <source>finished, goal met ★</source>
        <translation>abgeschlossen, Ziel erreicht ★</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="vanished">abgebrochen</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>Ziel: {goal} pro Woche</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation>Gilt nach einem Neustart von Piriformis Desktop.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Diese Sitzung abbrechen?</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as stopped early.</source>
        <translation type="vanished">Diese Sitzung jetzt abbrechen? Sie bleibt als abgebrochen in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as not completed.</source>
        <translation type="vanished">Diese Sitzung jetzt abbrechen? Sie bleibt als nicht abgeschlossen in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>What you have done so far is kept in your history.</source>
        <translation>Was Sie bisher gemacht haben, bleibt in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Stop (Enter)</source>
        <translation>Abbrechen (Eingabe)</translation>
    </message>
    <message>
        <source>Keep going (Esc)</source>
        <translation>Weitermachen (Esc)</translation>
    </message>
    <message>
        <source>Keep reminders running?</source>
        <translation>Erinnerungen weiterlaufen lassen?</translation>
    </message>
    <message>
        <source>Reminders are on. Keep Piriformis Desktop running in the system tray when this window is closed, so they can appear? (You can change this in settings.toml: close_to_tray.)</source>
        <translation>Erinnerungen sind eingeschaltet. Soll Piriformis Desktop nach dem Schließen dieses Fensters im Infobereich weiterlaufen, damit sie erscheinen können? (Sie können das in settings.toml ändern: close_to_tray.)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>Last 12 weeks, day by day</source>
        <translation type="vanished">Letzte 12 Wochen, Tag für Tag</translation>
    </message>
    <message numerus="yes">
        <source>this week — goal of %n met ✓</source>
        <translation>
            <numerusform>diese Woche — Ziel von %n erreicht ✓</numerusform>
            <numerusform>diese Woche — Ziel von %n erreicht ✓</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {goal}</source>
        <translation>{done} von {goal}</translation>
    </message>
    <message>
        <source>this week — goal met ✓</source>
        <translation>diese Woche – Ziel erreicht ✓</translation>
    </message>
    <message numerus="yes">
        <source>this week — %n to go</source>
        <translation type="vanished">
            <numerusform>diese Woche – noch %n offen</numerusform>
            <numerusform>diese Woche – noch %n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s), day by day</source>
        <translation>
            <numerusform>Letzte Woche, Tag für Tag</numerusform>
            <numerusform>Letzte %n Wochen, Tag für Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this week — %n more to reach your goal of {goal}</source>
        <translation>
            <numerusform>diese Woche — noch %n bis zu Ihrem Ziel von {goal}</numerusform>
            <numerusform>diese Woche — noch %n bis zu Ihrem Ziel von {goal}</numerusform>
        </translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Erste Woche</translation>
    </message>
    <message>
        <source>welcome! Weeks at your goal count from here</source>
        <translation>willkommen! Ab jetzt zählen die Wochen, in denen Sie Ihr Ziel erreichen</translation>
    </message>
    <message>
        <source>in a row at your goal</source>
        <translation>in Folge mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>beste Serie</translation>
    </message>
    <message numerus="yes">
        <source>finished, %n stopped early</source>
        <translation>
            <numerusform>abgeschlossen, %n abgebrochen</numerusform>
            <numerusform>abgeschlossen, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>geübt</translation>
    </message>
    <message numerus="yes">
        <source>minute(s) exercised</source>
        <translation>
            <numerusform>Minute geübt</numerusform>
            <numerusform>Minuten geübt</numerusform>
        </translation>
    </message>
    <message>
        <source>last session</source>
        <translation>letzte Sitzung</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <source>Your physiotherapist&apos;s next step</source>
        <translation>Der nächste Schritt Ihrer Physiotherapie</translation>
    </message>
    <message>
        <source>Take this step (Enter)</source>
        <translation>Diesen Schritt gehen (Eingabe)</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>Jetzt nicht (Esc)</translation>
    </message>
    <message>
        <source>One step back? It stays within what {name} prescribed.</source>
        <translation>Einen Schritt zurück? Er bleibt im Rahmen dessen, was {name} verordnet hat.</translation>
    </message>
    <message>
        <source>Ready for the next step? It stays within what {name} prescribed.</source>
        <translation>Bereit für den nächsten Schritt? Er bleibt im Rahmen dessen, was {name} verordnet hat.</translation>
    </message>
    <message>
        <source>One step back, within what {name} prescribed?</source>
        <translation type="vanished">Einen Schritt zurück, im Rahmen dessen, was {name} verordnet hat?</translation>
    </message>
    <message>
        <source>Ready for the next step {name} prescribed?</source>
        <translation type="vanished">Bereit für den nächsten Schritt, den {name} verordnet hat?</translation>
    </message>
    <message>
        <source>{exercise}: from {reps_before} reps with a {hold_before} s hold to {reps} reps with a {hold} s hold. {reason}</source>
        <translation>{exercise}: von {reps_before} Wiederholungen mit {hold_before} s Halten auf {reps} Wiederholungen mit {hold} s Halten. {reason}</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain after each session, 0 to 10</source>
        <translation type="vanished">Schmerz nach jeder Sitzung, 0 bis 10</translation>
    </message>
    <message>
        <source>Pain before and after each session, 0 to 10</source>
        <translation>Schmerz vor und nach jeder Sitzung, 0 bis 10</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} of 10</source>
        <translation>Schmerz {score} von 10</translation>
    </message>
</context>
<context>
    <name>PainTrend</name>
    <message>
        <source>Your pain scores have gone up over the last two weeks. It may be worth checking in with your physiotherapist.</source>
        <translation type="vanished">Ihre Schmerzwerte sind in den letzten zwei Wochen gestiegen. Es kann sinnvoll sein, mit Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten zu sprechen.</translation>
    </message>
</context>
<context>
    <name>PhaseKind</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Zurückbewegen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="vanished">Zurück</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PlayerCard</name>
    <message>
        <source>1 second left</source>
        <translation type="vanished">Noch 1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation type="vanished">
            <numerusform>Noch %n Sekunde</numerusform>
            <numerusform>Noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain before this session (optional)</source>
        <translation>Schmerz vor dieser Sitzung (freiwillig)</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Zum Starten die Leertaste drücken</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Noch {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Noch %n Sekunde</numerusform>
            <numerusform>Noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation>RECHTES BEIN</translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation>LINKES BEIN</translation>
    </message>
</context>
<context>
    <name>PrescriptionBanner</name>
    <message>
        <source>Undo: back to my settings before</source>
        <translation>Rückgängig: zurück zu meinen vorigen Einstellungen</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Changed by you, not as prescribed: {settings}.</source>
        <translation>Von Ihnen geändert, nicht wie verordnet: {settings}.</translation>
    </message>
</context>
<context>
    <name>PrescriptionCommands</name>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} was not applied: your history cannot be written, so the prescription could not be kept. Nothing was changed.</source>
        <translation>{file} wurde nicht angewendet: Ihr Verlauf kann nicht geschrieben werden, daher ließe sich die Verordnung nicht aufbewahren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Prescription by {name}, issued {issued}:</source>
        <translation>Verordnung von {name}, ausgestellt am {issued}:</translation>
    </message>
    <message>
        <source>  {key}: {before} -&gt; {after}</source>
        <translation>  {key}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>  {key}: {value} (unchanged)</source>
        <translation>  {key}: {value} (unverändert)</translation>
    </message>
    <message>
        <source>{file} has keys this version does not use ({keys}); they were kept with the prescription and not applied.</source>
        <translation>{file} enthält Schlüssel, die diese Version nicht verwendet ({keys}); sie wurden mit der Verordnung aufbewahrt und nicht angewendet.</translation>
    </message>
    <message>
        <source>Applied to {path}.</source>
        <translation>Angewendet auf {path}.</translation>
    </message>
    <message>
        <source>no prescription is in force, so there is no one to name as its author; use File &gt; Save as prescription… in the window. Nothing was written.</source>
        <translation>es gilt keine Verordnung, daher gibt es niemanden, der als Verfasser genannt werden kann; verwenden Sie im Fenster Datei &gt; Als Verordnung speichern…. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Wrote the prescription to {path}.</source>
        <translation>Verordnung nach {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>PrescriptionFile</name>
    <message>
        <source>{file}: these settings cannot be used together: {reason}.</source>
        <translation>{file}: Diese Einstellungen passen nicht zusammen: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>{file} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} KB, far more than a prescription needs; it was not read.</source>
        <translation>{file} ist größer als {limit} KB, weit mehr als eine Verordnung braucht; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{file} is not a prescription: it is not text (UTF-8).</source>
        <translation>{file} ist keine Verordnung: Die Datei ist kein Text (UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not a prescription: it is not valid TOML ({reason}).</source>
        <translation>{file} ist keine Verordnung: Die Datei ist kein gültiges TOML ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}.</source>
        <translation>{file}: {key}: {problem}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key}: {problem}.</source>
        <translation>{file}, Zeile {line}: {key}: {problem}.</translation>
    </message>
    <message>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}.</source>
        <translation>{file}, Zeile {line}: {problem}.</translation>
    </message>
    <message>
        <source>this is not a prescription (a prescription says format = &quot;{format}&quot;)</source>
        <translation>das ist keine Verordnung (eine Verordnung enthält format = &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden {value}</translation>
    </message>
    <message>
        <source>this prescription is version {version}, written for a newer app; this app reads version {known}</source>
        <translation>diese Verordnung hat Version {version} und ist für eine neuere App geschrieben; diese App liest Version {known}</translation>
    </message>
    <message>
        <source>the review date is before the date issued</source>
        <translation>das Kontrolldatum liegt vor dem Ausstellungsdatum</translation>
    </message>
    <message>
        <source>expected a table per exercise</source>
        <translation>erwartet wurde eine Tabelle je Übung</translation>
    </message>
    <message>
        <source>no such exercise in this routine (it has {known})</source>
        <translation>diese Übung gibt es in diesem Programm nicht (es hat {known})</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>erwartet wurde eine Tabelle</translation>
    </message>
    <message>
        <source>{cap} is missing, and there is no {dose} to take it from</source>
        <translation>{cap} fehlt, und es gibt kein {dose}, aus dem es übernommen werden könnte</translation>
    </message>
    <message>
        <source>the maximum {value} is below the prescribed {dose} of {given}</source>
        <translation>das Maximum {value} liegt unter dem verordneten {dose} von {given}</translation>
    </message>
    <message>
        <source>expected text in quotes, got {value}</source>
        <translation>erwartet wurde Text in Anführungszeichen, gefunden {value}</translation>
    </message>
    <message>
        <source>expected one line of at most {limit} characters</source>
        <translation>erwartet wurde eine Zeile mit höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>expected a date written 2026-12-01, got {value}</source>
        <translation>erwartet wurde ein Datum in der Form 2026-12-01, gefunden {value}</translation>
    </message>
</context>
<context>
    <name>PrescriptionPart</name>
    <message>
        <source>{exercise}: up to max {reps} reps and a {hold} s hold, {after} sessions at a dose with pain at most {ceiling} before a step</source>
        <translation>{exercise}: bis höchstens {reps} Wiederholungen und {hold} s Halten, {after} Sitzungen je Dosis mit Schmerz höchstens {ceiling} vor einem Schritt</translation>
    </message>
    <message>
        <source>Prescribed by {name} on {date}.</source>
        <translation>Verordnet von {name} am {date}.</translation>
    </message>
    <message>
        <source>Review by {date}.</source>
        <translation>Kontrolle bis {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Limits: {limits}.</source>
        <translation>Grenzen: {limits}.</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>changed by the patient</source>
        <translation>von der Patientin oder dem Patienten geändert</translation>
    </message>
    <message>
        <source>{date}: {reps} × {hold} s (prescribed)</source>
        <translation>{date}: {reps} × {hold} s (verordnet)</translation>
    </message>
    <message>
        <source>{date}: {reps} × {hold} s ({kind})</source>
        <translation>{date}: {reps} × {hold} s ({kind})</translation>
    </message>
    <message>
        <source>{exercise}, dose over time: {changes}.</source>
        <translation>{exercise}, Dosis im Verlauf: {changes}.</translation>
    </message>
</context>
<context>
    <name>PrescriptionPresenter</name>
    <message>
        <source>From your physiotherapist: {note}</source>
        <translation>Von Ihrer Physiotherapie: {note}</translation>
    </message>
    <message>
        <source>{setting}: {value}, above the {limit} {name} prescribed.</source>
        <translation>{setting}: {value}, über den {limit}, die {name} verordnet hat.</translation>
    </message>
    <message>
        <source>Go past the prescribed limit?</source>
        <translation>Über die verordnete Grenze gehen?</translation>
    </message>
    <message>
        <source>It will be marked as your own change, in Settings and in the report.</source>
        <translation>Das wird als Ihre eigene Änderung markiert, in den Einstellungen und im Bericht.</translation>
    </message>
    <message>
        <source>Open prescription</source>
        <translation>Verordnung öffnen</translation>
    </message>
    <message>
        <source>Prescriptions (*{suffix});;TOML files (*.toml)</source>
        <translation>Verordnungen (*{suffix});;TOML-Dateien (*.toml)</translation>
    </message>
    <message>
        <source>Prescription not applied</source>
        <translation>Verordnung nicht angewendet</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your history cannot be written, so the prescription could not be kept. Nothing was changed.</source>
        <translation>Ihr Verlauf kann nicht geschrieben werden, daher ließe sich die Verordnung nicht aufbewahren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new dose is saved; it applies from your next session.</source>
        <translation>Die neue Dosis ist gespeichert; sie gilt ab Ihrer nächsten Sitzung.</translation>
    </message>
    <message>
        <source>The dose stays as it is.</source>
        <translation>Die Dosis bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>PrescriptionWords</name>
    <message>
        <source>Your history is not open.</source>
        <translation>Ihr Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Changed by you in Settings.</source>
        <translation>Von Ihnen in den Einstellungen geändert.</translation>
    </message>
    <message>
        <source>{exercise}: in the routine</source>
        <translation>{exercise}: im Programm</translation>
    </message>
    <message>
        <source>{exercise}: reps each leg</source>
        <translation>{exercise}: Wiederholungen je Bein</translation>
    </message>
    <message>
        <source>{exercise}: hold (seconds)</source>
        <translation>{exercise}: Halten (Sekunden)</translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="vanished">Welches Bein zuerst</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation type="vanished">Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Get ready (seconds)</source>
        <translation type="vanished">Vorbereiten (Sekunden)</translation>
    </message>
    <message>
        <source>Move into the hold (seconds)</source>
        <translation type="vanished">In die Haltung gehen (Sekunden)</translation>
    </message>
    <message>
        <source>Move back (seconds)</source>
        <translation type="vanished">Zurückgehen (Sekunden)</translation>
    </message>
    <message>
        <source>Rest (seconds)</source>
        <translation type="vanished">Pause (Sekunden)</translation>
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
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>abwechselnd</translation>
    </message>
    <message>
        <source>Set by {name} on {date}.</source>
        <translation>Festgelegt von {name} am {date}.</translation>
    </message>
    <message>
        <source>The review was due on {date}: ask your physiotherapist.</source>
        <translation>Die Kontrolle war am {date} fällig: Fragen Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten.</translation>
    </message>
    <message>
        <source>The review is due today ({date}).</source>
        <translation>Die Kontrolle ist heute fällig ({date}).</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {first} to {end} (%n week(s))</source>
        <translation>
            <numerusform>{title}: {first} bis {end} (%n Woche)</numerusform>
            <numerusform>{title}: {first} bis {end} (%n Wochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: since {first}, %n week(s)</source>
        <translation>
            <numerusform>{title}: seit {first}, %n Woche</numerusform>
            <numerusform>{title}: seit {first}, %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adherence: none yet; this week counts once it is over or its goal is met.</source>
        <translation>Therapietreue: noch keine; diese Woche zählt, sobald sie vorbei ist oder ihr Ziel erreicht wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Adherence since {first}: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation>
            <numerusform>Therapietreue seit {first}: {percent}&#xa0;% der Zielsitzungen; das Ziel wurde in {met} von %n Woche erreicht.</numerusform>
            <numerusform>Therapietreue seit {first}: {percent}&#xa0;% der Zielsitzungen; das Ziel wurde in {met} von %n Wochen erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) finished and {stopped} stopped early in {weeks}.</source>
        <translation>
            <numerusform>In {weeks}: %n Sitzung abgeschlossen, {stopped} abgebrochen.</numerusform>
            <numerusform>In {weeks}: %n Sitzungen abgeschlossen, {stopped} abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n a week.</source>
        <translation>
            <numerusform>Ziel: %n pro Woche.</numerusform>
            <numerusform>Ziel: %n pro Woche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation type="vanished">
            <numerusform>Therapietreue: {percent}&#xa0;% der Zielsitzungen; das Ziel wurde in {met} von %n Woche erreicht.</numerusform>
            <numerusform>Therapietreue: {percent}&#xa0;% der Zielsitzungen; das Ziel wurde in {met} von %n Wochen erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine as currently set</source>
        <translation>Das Programm mit den aktuellen Einstellungen</translation>
    </message>
    <message>
        <source>{name}: {dose}</source>
        <translation>{name}: {dose}</translation>
    </message>
    <message>
        <source>{name}: not in the routine</source>
        <translation>{name}: nicht im Programm</translation>
    </message>
    <message>
        <source>{doses}. Each exercise on both legs; {start_side}. Tempo: move {move} s, move back {release} s; {rest} s rest between legs and exercises. A session takes {length}.</source>
        <translation>{doses}. Jede Übung für beide Beine; {start_side}. Tempo: {move} s bewegen, {release} s zurückbewegen; {rest} s Pause zwischen den Beinen und den Übungen. Eine Sitzung dauert {length}.</translation>
    </message>
    <message>
        <source>Pain after sessions (0 no pain, 10 worst imaginable)</source>
        <translation type="vanished">Schmerz nach den Sitzungen (0 kein Schmerz, 10 stärkster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Pain (mean)</source>
        <translation type="vanished">Schmerz (Ø)</translation>
    </message>
    <message>
        <source>Pain before (ring) and after (dot) sessions (0 no pain, 10 worst imaginable)</source>
        <translation>Schmerz vor (Ring) und nach (Punkt) den Sitzungen (0 kein Schmerz, 10 stärkster vorstellbarer)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Pain before → after (mean)</source>
        <translation>Schmerz vorher → nachher (Mittel)</translation>
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
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Warnhinweise</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier flag(s) in this period, not listed.</source>
        <translation>
            <numerusform>%n früherer Warnhinweis in diesem Zeitraum, nicht aufgeführt.</numerusform>
            <numerusform>%n frühere Warnhinweise in diesem Zeitraum, nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {flag}</source>
        <translation>{day}: {flag}</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s)</source>
        <translation>
            <numerusform>%n frühere Notiz</numerusform>
            <numerusform>%n frühere Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from check-ins</source>
        <translation>Notizen aus den Schmerzangaben</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) in the exported history (File &gt; Export history).</source>
        <translation>
            <numerusform>%n frühere Notiz steht im exportierten Verlauf (Datei &gt; Verlauf exportieren).</numerusform>
            <numerusform>%n frühere Notizen stehen im exportierten Verlauf (Datei &gt; Verlauf exportieren).</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 [{where}] {note}</source>
        <translation>{day}: Schmerz {pain}/10 [{where}] {note}</translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 {note}</source>
        <translation>{day}: Schmerz {pain}/10 {note}</translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <translation>{day}: {note}</translation>
    </message>
    <message>
        <source>Recorded by the user with Piriformis Desktop, a guided home routine. Pain is self-rated on the 0-10 numeric rating scale after each session.</source>
        <translation>Selbst erfasst mit Piriformis Desktop, einem angeleiteten Übungsprogramm für zu Hause. Die Schmerzstärke wird nach jeder Sitzung selbst auf der numerischen Rating-Skala von 0 bis 10 eingeschätzt.</translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation>Fortschrittsbericht drucken</translation>
    </message>
    <message>
        <source>piriformis-desktop: --weeks must be 1 or more</source>
        <translation type="vanished">piriformis-desktop: --weeks muss 1 oder größer sein</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %n week(s) ({sessions} in the history) to {path}.</source>
        <translation>
            <numerusform>Fortschrittsbericht über %n Woche ({sessions} im Verlauf) nach {path} geschrieben.</numerusform>
            <numerusform>Fortschrittsbericht über %n Wochen ({sessions} im Verlauf) nach {path} geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangeWords</name>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n week(s)</source>
        <translation>
            <numerusform>Die letzte Woche zeigen</numerusform>
            <numerusform>Die letzten %n Wochen zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Piriformis Desktop</source>
        <translation>Piriformis Desktop öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No system tray was found, so reminders cannot be shown.</source>
        <translation>Es wurde kein Infobereich (System-Tray) gefunden, daher können keine Erinnerungen angezeigt werden.</translation>
    </message>
    <message>
        <source>Time for your piriformis routine</source>
        <translation>Zeit für Ihr Piriformis-Programm</translation>
    </message>
    <message>
        <source>Tap here when you are on the mat; the session is ready to start.</source>
        <translation>Klicken Sie hier, sobald Sie auf der Matte sind; die Sitzung ist startbereit.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>expected a list of days like {example}, got {value}</source>
        <translation>erwartet wurde eine Liste von Tagen wie {example}, gefunden: {value}</translation>
    </message>
    <message>
        <source>unknown day {day}; use {days}</source>
        <translation>unbekannter Tag {day}; verwenden Sie {days}</translation>
    </message>
    <message>
        <source>expected a time like {example}, got {value}</source>
        <translation>erwartet wurde eine Uhrzeit wie {example}, gefunden: {value}</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me on these days, unless I have already done the routine</source>
        <translation>An diesen Tagen erinnern, wenn ich noch nicht geübt habe</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>Am {day} erinnern</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>at</source>
        <comment>between the reminder days and the reminder time</comment>
        <translation>um</translation>
    </message>
    <message>
        <source>Start Piriformis Desktop when I log in (so reminders can come)</source>
        <translation>Piriformis Desktop beim Anmelden starten (für die Erinnerungen)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Why reminders are unavailable</source>
        <translation>Warum keine Erinnerungen möglich sind</translation>
    </message>
</context>
<context>
    <name>ReviewDate</name>
    <message numerus="yes">
        <source>Review by {date} (in %n day(s)).</source>
        <translation>
            <numerusform>Kontrolle bis {date} (in %n Tag).</numerusform>
            <numerusform>Kontrolle bis {date} (in %n Tagen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Printed {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihr Programm</translation>
    </message>
    <message numerus="yes">
        <source>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n session(s) a week.</source>
        <translation>
            <numerusform>Jede Übung für beide Beine: {start_side}. Tempo je Wiederholung: {move} s bewegen, halten, {release} s zurückbewegen. {ready} s Vorbereitung vor jeder Übung, {rest} s Pause zwischen den Beinen und zwischen den Übungen. Eine Sitzung dauert {length}. Ziel: %n Sitzung pro Woche.</numerusform>
            <numerusform>Jede Übung für beide Beine: {start_side}. Tempo je Wiederholung: {move} s bewegen, halten, {release} s zurückbewegen. {ready} s Vorbereitung vor jeder Übung, {rest} s Pause zwischen den Beinen und zwischen den Übungen. Eine Sitzung dauert {length}. Ziel: %n Sitzungen pro Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}. {text}</source>
        <translation>{number}. {text}</translation>
    </message>
    <message>
        <source>{section} · {dose}</source>
        <translation>{section} · {dose}</translation>
    </message>
    <message>
        <source>Start: {position}</source>
        <translation>Ausgangsstellung: {position}</translation>
    </message>
    <message>
        <source>{side}:
{steps}</source>
        <translation>{side}:
{steps}</translation>
    </message>
    <message>
        <source>Then the same with your left leg (the mirror image).</source>
        <translation>Dann dasselbe mit dem linken Bein (spiegelbildlich).</translation>
    </message>
    <message>
        <source>Then the same with your right leg (the mirror image).</source>
        <translation>Dann dasselbe mit dem rechten Bein (spiegelbildlich).</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>Hilfsmittel: {equipment}</translation>
    </message>
    <message>
        <source>Not in your routine: {names}.</source>
        <translation>Nicht in Ihrem Programm: {names}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Based on {source} ({year}) by {authors}, {description}; instructions in our own words. {reconstructed}</source>
        <translation>Nach {source} ({year}) von {authors}, {description}; Anleitung in unseren eigenen Worten. {reconstructed}</translation>
    </message>
    <message>
        <source>Your log: four weeks</source>
        <translation>Ihr Protokoll: vier Wochen</translation>
    </message>
    <message numerus="yes">
        <source>Tick each exercise on the days you do it; aim for %n session(s) a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</source>
        <translation>
            <numerusform>Haken Sie jede Übung an den Tagen ab, an denen Sie sie machen; Ihr Ziel: %n Sitzung pro Woche. Notieren Sie nach jeder Sitzung Ihren Schmerz von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz), und nehmen Sie dieses Blatt zu Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten mit.</numerusform>
            <numerusform>Haken Sie jede Übung an den Tagen ab, an denen Sie sie machen; Ihr Ziel: %n Sitzungen pro Woche. Notieren Sie nach jeder Sitzung Ihren Schmerz von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz), und nehmen Sie dieses Blatt zu Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Week {number}  ·  from {date}  ·  sessions: ____ of {goal}</source>
        <translation>Woche {number}  ·  ab {date}  ·  Sitzungen: ____ von {goal}</translation>
    </message>
    <message>
        <source>Notes for my physiotherapist</source>
        <translation>Notizen für meine Physiotherapeutin oder meinen Physiotherapeuten</translation>
    </message>
    <message>
        <source>Print routine sheet</source>
        <translation>Übungsblatt drucken</translation>
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (A4).</source>
        <translation>Übungsblatt nach {path} geschrieben (A4).</translation>
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (US Letter).</source>
        <translation>Übungsblatt nach {path} geschrieben (US Letter).</translation>
    </message>
</context>
<context>
    <name>SafetyFlag</name>
    <message>
        <source>Pain rose from {before} to {after} during this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation>Der Schmerz ist während dieser Sitzung von {before} auf {after} gestiegen. Hören Sie auf, wenn die Übungen Ihre Schmerzen verstärken, und fragen Sie vor der nächsten Sitzung Ihre Physiotherapeutin oder Ihren Physiotherapeuten.</translation>
    </message>
    <message>
        <source>Pain was {after} of 10 after this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation>Nach dieser Sitzung lag der Schmerz bei {after} von 10. Hören Sie auf, wenn die Übungen Ihre Schmerzen verstärken, und fragen Sie vor der nächsten Sitzung Ihre Physiotherapeutin oder Ihren Physiotherapeuten.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {recent} of 10 over the last 7 days, up from {earlier} in the 14 days before. Ask your physiotherapist before you go on with the routine.</source>
        <translation>Der Schmerz nach den Sitzungen lag in den letzten 7 Tagen im Mittel bei {recent} von 10, in den 14 Tagen davor bei {earlier}. Fragen Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten, bevor Sie mit dem Programm weitermachen.</translation>
    </message>
    <message numerus="yes">
        <source>No session for %n day(s). Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</source>
        <translation>
            <numerusform>Seit %n Tag keine Sitzung. Beginnen Sie behutsam wieder, hören Sie auf, wenn die Übungen Ihre Schmerzen verstärken, und fragen Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten, wenn sich Ihre Schmerzen verändert haben.</numerusform>
            <numerusform>Seit %n Tagen keine Sitzung. Beginnen Sie behutsam wieder, hören Sie auf, wenn die Übungen Ihre Schmerzen verstärken, und fragen Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten, wenn sich Ihre Schmerzen verändert haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Got it: hide the safety points</source>
        <translation>Verstanden: Sicherheitshinweise ausblenden</translation>
    </message>
    <message>
        <source>You can read them again under Help, About this routine, and on the printed sheet.</source>
        <translation>Sie finden sie wieder unter Hilfe, Über das Übungsprogramm, und auf dem gedruckten Blatt.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save as prescription</source>
        <translation>Als Verordnung speichern</translation>
    </message>
    <message>
        <source>Your name and practice</source>
        <translation>Ihr Name und Ihre Praxis</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Kontrolle bis</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>Hinweis für die Patientin oder den Patienten</translation>
    </message>
    <message>
        <source>Limits and steps of each exercise (the dose is as set in Settings)</source>
        <translation>Grenzen und Schritte jeder Übung (die Dosis ist wie in den Einstellungen)</translation>
    </message>
    <message>
        <source>Max reps</source>
        <translation>Max. Wiederholungen</translation>
    </message>
    <message>
        <source>Max hold (s)</source>
        <translation>Max. Halten (s)</translation>
    </message>
    <message>
        <source>Reps a step</source>
        <translation>Wiederholungen je Schritt</translation>
    </message>
    <message>
        <source>Hold a step (s)</source>
        <translation>Halten je Schritt (s)</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Nach Sitzungen</translation>
    </message>
    <message>
        <source>Pain at most</source>
        <translation>Schmerz höchstens</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Please write who prescribes (name and practice)</source>
        <translation>Bitte angeben, wer verordnet (Name und Praxis)</translation>
    </message>
    <message>
        <source>Prescriptions (*{suffix})</source>
        <translation>Verordnungen (*{suffix})</translation>
    </message>
    <message>
        <source>Prescription not saved</source>
        <translation>Verordnung nicht gespeichert</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>Keeping the screen awake needs Qt D-Bus, which is not available.</source>
        <translation>Um den Bildschirm wach zu halten, wird Qt D-Bus benötigt, das nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The screen may dim during a session: no desktop session bus was found.</source>
        <translation>Der Bildschirm kann während einer Sitzung dunkel werden: Es wurde kein D-Bus-Sitzungsbus des Desktops gefunden.</translation>
    </message>
    <message>
        <source>The screen may dim during a session: the desktop offers no screen-saver control.</source>
        <translation>Der Bildschirm kann während einer Sitzung dunkel werden: Der Desktop bietet keine Steuerung des Bildschirmschoners.</translation>
    </message>
    <message>
        <source>Exercise session in progress</source>
        <translation>Übungssitzung läuft</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Optional: type your pain now, 0 (none) to 10 (worst imaginable), before you press Space.</source>
        <translation>Optional: Geben Sie jetzt Ihre Schmerzstärke ein, von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz), bevor Sie die Leertaste drücken.</translation>
    </message>
    <message>
        <source>Pain before this session: {pain} of 10 (type another number to change it).</source>
        <translation>Schmerz vor dieser Sitzung: {pain} von 10 (geben Sie zum Ändern eine andere Zahl ein).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message numerus="yes">
        <source>%n session(s) that had not reached your history (interrupted, or not saved when they ended) are now in it.</source>
        <translation>
            <numerusform>%n Sitzung, die noch nicht in Ihrem Verlauf stand (unterbrochen oder beim Ende nicht gespeichert), ist jetzt darin.</numerusform>
            <numerusform>%n Sitzungen, die noch nicht in Ihrem Verlauf standen (unterbrochen oder beim Ende nicht gespeichert), sind jetzt darin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session of {date} could not be saved when it ended; it is now in your history.</source>
        <translation>Ihre Sitzung vom {date} konnte beim Beenden nicht gespeichert werden; sie ist jetzt in Ihrem Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as stopped early ({done} of %n exercise(s) done).</source>
        <translation>
            <numerusform>Ihre Sitzung vom {date} wurde vor dem Ende unterbrochen; sie steht als abgebrochen in Ihrem Verlauf ({done} von %n Übung gemacht).</numerusform>
            <numerusform>Ihre Sitzung vom {date} wurde vor dem Ende unterbrochen; sie steht als abgebrochen in Ihrem Verlauf ({done} von %n Übungen gemacht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as not completed ({done} of %n exercise(s) done).</source>
        <translation type="vanished">
            <numerusform>Ihre Sitzung vom {date} wurde vor dem Ende unterbrochen; sie steht als nicht abgeschlossen in Ihrem Verlauf ({done} von %n Übung gemacht).</numerusform>
            <numerusform>Ihre Sitzung vom {date} wurde vor dem Ende unterbrochen; sie steht als nicht abgeschlossen in Ihrem Verlauf ({done} von %n Übungen gemacht).</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of a session in progress {path} is damaged ({reason}) and could not be moved aside; it was left out of your history.</source>
        <translation>Die Aufzeichnung einer laufenden Sitzung {path} ist beschädigt ({reason}) und konnte nicht beiseitegelegt werden; sie wurde nicht in Ihren Verlauf übernommen.</translation>
    </message>
    <message>
        <source>The record of a session in progress was damaged ({reason}); it was moved to {path} and left out of your history.</source>
        <translation>Die Aufzeichnung einer laufenden Sitzung war beschädigt ({reason}); sie wurde nach {path} verschoben und nicht in Ihren Verlauf übernommen.</translation>
    </message>
    <message>
        <source>it is not readable as a record ({reason})</source>
        <translation>sie lässt sich nicht als Aufzeichnung lesen ({reason})</translation>
    </message>
    <message>
        <source>{column}: {value} is before the start</source>
        <translation>{column}: {value} liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>{column}: missing</source>
        <translation>{column}: fehlt</translation>
    </message>
    <message>
        <source>{column}: {value} is more than {limit}</source>
        <translation>{column}: {value} ist mehr als {limit}</translation>
    </message>
    <message>
        <source>{column}: expected the process that plays the session, got {value}</source>
        <translation>{column}: erwartet wurde der Prozess, der die Sitzung abspielt, erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Session saved to your history.</source>
        <translation>Sitzung in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above). It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation>Diese Sitzung konnte nicht gespeichert werden: Ihr Verlauf ist nicht verfügbar (siehe Hinweis oben). Sie bleibt auf dem Datenträger erhalten und kommt in Ihren Verlauf, sobald er sich wieder öffnen lässt.</translation>
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above).</source>
        <translation>Diese Sitzung konnte nicht gespeichert werden: Ihr Verlauf ist nicht verfügbar (siehe Hinweis oben).</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason} It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation>Diese Sitzung konnte nicht gespeichert werden: {reason} Sie bleibt auf dem Datenträger erhalten und kommt in Ihren Verlauf, sobald er sich wieder öffnen lässt.</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason}</source>
        <translation>Diese Sitzung konnte nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>{column}: expected a date and time with a time zone, got {value}</source>
        <translation>{column}: erwartet wurden Datum und Uhrzeit mit Zeitzone, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a calendar date, got {value}</source>
        <translation>{column}: erwartet wurde ein Kalenderdatum, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a number of seconds, 0 or more, got {value}</source>
        <translation>{column}: erwartet wurde eine Anzahl Sekunden, 0 oder mehr, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>{column}: erwartet wurde true oder false, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, 0 or more, got {value}</source>
        <translation>{column}: erwartet wurde eine ganze Zahl, 0 oder mehr, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: {done} is more than {total_column} ({total})</source>
        <translation>{column}: {done} ist mehr als {total_column} ({total})</translation>
    </message>
    <message>
        <source>{column}: expected &quot;right&quot; or &quot;left&quot;, got {value}</source>
        <translation>{column}: erwartet wurde &quot;right&quot; oder &quot;left&quot;, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a table of settings, got {value}</source>
        <translation>{column}: erwartet wurde eine Tabelle mit Einstellungen, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a date from {first} to {last}, got {value}</source>
        <translation>{column}: erwartet wurde ein Datum von {first} bis {last}, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is before {start_column} ({start})</source>
        <translation>{column}: {value} liegt vor {start_column} ({start})</translation>
    </message>
    <message>
        <source>{column}: {value} is more than a day from the day of {start_column} ({start})</source>
        <translation>{column}: {value} liegt mehr als einen Tag vom Tag von {start_column} ({start}) entfernt</translation>
    </message>
    <message>
        <source>{column}: expected at most {limit} seconds (a day), got {value}</source>
        <translation>{column}: erwartet wurden höchstens {limit} Sekunden (ein Tag), gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to {most} (the exercises in the routine), got {value}</source>
        <translation>{column}: erwartet wurde eine ganze Zahl von 0 bis {most} (die Übungen des Programms), gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to 10, or nothing, got {value}</source>
        <translation>{column}: erwartet wurde eine ganze Zahl von 0 bis 10 oder nichts, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected some of {places}, got {value}</source>
        <translation>{column}: erwartet wurden Einträge aus {places}, gefunden: {value}</translation>
    </message>
    <message>
        <source>{column}: expected text of at most {limit} characters</source>
        <translation>{column}: erwartet wurde ein Text mit höchstens {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Sessions finished in each of the last weeks, oldest first: {counts}. Goal: {goal} a week.</source>
        <translation>Abgeschlossene Sitzungen in jeder der letzten Wochen, die älteste zuerst: {counts}. Ziel: {goal} pro Woche.</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a range of years under the chart</comment>
        <translation>{first}–{last}</translation>
    </message>
</context>
<context>
    <name>SettingWords</name>
    <message>
        <source>Which leg goes first</source>
        <translation>Welches Bein zuerst</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation>Vorbereitung vor jeder Übung</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>In die Endstellung bewegen</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Zurückbewegen</translation>
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation>Pause zwischen Übungen und Beinen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{key}: expected &quot;right&quot;, &quot;left&quot; or &quot;alternate&quot;, got {value}</source>
        <translation type="vanished">{key}: erwartet wurde &quot;right&quot;, &quot;left&quot; oder &quot;alternate&quot;, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key}: expected one of {choices}, got {value}</source>
        <translation>{key}: erwartet wurde einer der Werte {choices}, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key}: {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <source>{key}: expected &quot;ask&quot;, &quot;tray&quot; or &quot;quit&quot;, got {value}</source>
        <translation type="vanished">{key}: erwartet wurde &quot;ask&quot;, &quot;tray&quot; oder &quot;quit&quot;, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key}: expected true or false, got {value}</source>
        <translation>{key}: erwartet wurde true oder false, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key}: expected a table per exercise, got {value}</source>
        <translation>{key}: erwartet wurde eine Tabelle je Übung, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key}: no such exercise (kept in the file, not used)</source>
        <translation>{key}: diese Übung gibt es nicht (bleibt in der Datei, wird nicht verwendet)</translation>
    </message>
    <message>
        <source>{key}: expected a table, got {value}</source>
        <translation>{key}: erwartet wurde eine Tabelle, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key}: every exercise was switched off; all are switched back on</source>
        <translation>{key}: alle Übungen waren ausgeschaltet; alle sind wieder eingeschaltet</translation>
    </message>
    <message>
        <source>{key}: expected a whole number from {low} to {high}, got {value}</source>
        <translation>{key}: erwartet wurde eine ganze Zahl von {low} bis {high}, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key}: must be from {low} to {high}, got {value}</source>
        <translation>{key}: muss zwischen {low} und {high} liegen, gefunden: {value}</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the file is larger than {limit} KB</source>
        <translation>die Datei ist größer als {limit} KB</translation>
    </message>
    <message>
        <source>Your settings file {path} is larger than {limit} KB, far more than settings need, so it was not read and is kept as it is. The defaults are used for now, and changes you make apply only until you quit. Shorten or remove the file to have your settings saved again.</source>
        <translation>Ihre Einstellungsdatei {path} ist größer als {limit} KB, weit mehr, als Einstellungen je brauchen. Sie wurde deshalb nicht gelesen und bleibt unverändert erhalten. Vorerst gelten die Standardwerte, und Ihre Änderungen gelten nur, bis Sie das Programm beenden. Kürzen oder entfernen Sie die Datei, damit Ihre Einstellungen wieder gespeichert werden.</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Your settings could not be read ({problem}); the defaults are used for now.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden ({problem}); vorerst gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>the file is not text (UTF-8)</source>
        <translation>die Datei ist kein Text (UTF-8)</translation>
    </message>
    <message>
        <source>the file is not valid TOML ({reason})</source>
        <translation>die Datei ist kein gültiges TOML ({reason})</translation>
    </message>
    <message>
        <source>Your settings file has keys this version does not use ({keys}); they are kept in the file as they are.</source>
        <translation>Ihre Einstellungsdatei enthält Schlüssel, die diese Version nicht verwendet ({keys}); sie bleiben unverändert in der Datei.</translation>
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original is kept at {path}.</source>
        <translation>Ihre Einstellungsdatei enthielt Fehler ({problems}); für diese Einstellungen gelten die Standardwerte. Das Original liegt unter {path}.</translation>
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original file was left as it was.</source>
        <translation>Ihre Einstellungsdatei enthielt Fehler ({problems}); für diese Einstellungen gelten die Standardwerte. Die ursprüngliche Datei blieb unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} und %n weiterer Eintrag</numerusform>
            <numerusform>{first} und %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Your settings were not saved: {path} is larger than {limit} KB, so it is kept as it is.</source>
        <translation>Ihre Einstellungen wurden nicht gespeichert: {path} ist größer als {limit} KB und bleibt deshalb unverändert.</translation>
    </message>
    <message>
        <source>Your settings were not saved: with them, {path} would be larger than {limit} KB.</source>
        <translation>Ihre Einstellungen wurden nicht gespeichert: Mit ihnen wäre {path} größer als {limit} KB.</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}: {reason}.</source>
        <translation>Ihre Einstellungen konnten nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>Settings notice</source>
        <translation>Hinweis zu den Einstellungen</translation>
    </message>
    <message>
        <source>Right leg first</source>
        <translation>Rechtes Bein zuerst</translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation>Linkes Bein zuerst</translation>
    </message>
    <message>
        <source>Alternate each session</source>
        <translation>Bei jeder Sitzung wechseln</translation>
    </message>
    <message>
        <source>Which leg starts</source>
        <translation>Welches Bein beginnt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="vanished">Welches Bein zuerst</translation>
    </message>
    <message>
        <source>Exercises (each leg gets the same)</source>
        <translation>Übungen (für beide Beine gleich)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Im Programm</translation>
    </message>
    <message>
        <source>Reps each leg</source>
        <translation>Wiederholungen je Bein</translation>
    </message>
    <message>
        <source>Hold (0: no pause)</source>
        <translation type="vanished">Haltezeit (0:&#xa0;keine)</translation>
    </message>
    <message>
        <source>Hold (0: none)</source>
        <translation>Haltezeit (0:&#xa0;keine)</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>{exercise} ins Programm aufnehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>{exercise}: repetitions each leg</source>
        <translation>{exercise}: Wiederholungen je Bein</translation>
    </message>
    <message>
        <source>{exercise}: hold seconds</source>
        <translation>{exercise}: Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source>Exercise error</source>
        <translation>Fehler bei den Übungen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation type="vanished">Vorbereitung vor jeder Übung</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation type="vanished">In die Endstellung bewegen</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation type="vanished">Zurückbewegen</translation>
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation type="vanished">Pause zwischen Übungen und Beinen</translation>
    </message>
    <message>
        <source>Goal, sound and look</source>
        <translation type="vanished">Ziel, Ton und Aussehen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation type="vanished">
            <numerusform>%n Sitzung pro Woche</numerusform>
            <numerusform>%n Sitzungen pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="vanished">Wochenziel</translation>
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation type="vanished">Tonsignale (Ticken am Ende des Haltens, Klänge)</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="vanished">Tonsignale</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation type="vanished">Lautstärke der Tonsignale</translation>
    </message>
    <message>
        <source>Voice prompts (&quot;Hold&quot;, &quot;Switch to your left leg&quot;)</source>
        <translation type="vanished">Sprachansagen („Halten“, „Zum linken Bein wechseln“)</translation>
    </message>
    <message>
        <source>Voice prompts</source>
        <translation type="vanished">Sprachansagen</translation>
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation type="vanished">Warum kein Ton möglich ist</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="vanished">Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="vanished">Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="vanished">Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="vanished">Hoher Kontrast</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="vanished">Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Sprache</translation>
    </message>
    <message>
        <source>Show the settings file</source>
        <translation>Einstellungsdatei zeigen</translation>
    </message>
    <message>
        <source>Defaults restored.</source>
        <translation>Standardwerte wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your settings are back as they were.</source>
        <translation>Ihre Einstellungen sind wieder wie vorher.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation type="vanished">Gilt nach einem Neustart von Piriformis Desktop.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="vanished">Lautstärke</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="vanished">Farben</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Dauer einer Sitzung</translation>
    </message>
    <message>
        <source>A session is running: changes apply to your next session.</source>
        <translation>Eine Sitzung läuft: Änderungen gelten ab der nächsten Sitzung.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo restore defaults</source>
        <translation>Wiederherstellen der Standardwerte rückgängig machen</translation>
    </message>
    <message>
        <source>Defaults restored to {path}.</source>
        <translation type="vanished">Standardwerte in {path} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your settings are back to {path}.</source>
        <translation type="vanished">Ihre vorherigen Einstellungen wurden in {path} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Keep at least one exercise in your routine.</source>
        <translation>Behalten Sie mindestens eine Übung in Ihrem Programm.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="vanished">In {path} gespeichert.</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Nicht geändert: {reason}.</translation>
    </message>
    <message>
        <source>{problem} They apply until you quit.</source>
        <translation>{problem} Die Änderungen gelten bis zum Beenden der App.</translation>
    </message>
    <message>
        <source>A session takes {length}</source>
        <translation>Eine Sitzung dauert {length}</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Safety flag</source>
        <translation>Warnhinweis</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Neue Sitzung starten</translation>
    </message>
    <message>
        <source>See your history</source>
        <translation>Verlauf ansehen</translation>
    </message>
    <message>
        <source>Session complete. Well done!</source>
        <translation>Sitzung abgeschlossen. Gut gemacht!</translation>
    </message>
    <message>
        <source>Session stopped early</source>
        <translation>Sitzung abgebrochen</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="vanished">Sitzung abgebrochen</translation>
    </message>
    <message>
        <source>Active time: {time}
Exercises done: {done} of {total}</source>
        <translation>Aktive Zeit: {time}
Erledigte Übungen: {done} von {total}</translation>
    </message>
</context>
<context>
    <name>WeekDetail</name>
    <message>
        <source>This week of {day}: no sessions yet.</source>
        <translation>Diese Woche ab {day}: noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>Week of {day}: no sessions.</source>
        <translation>Woche ab {day}: keine Sitzungen.</translation>
    </message>
    <message>
        <source>{week}.
{problem}</source>
        <translation>{week}.
{problem}</translation>
    </message>
    <message>
        <source>    ⚠ {flag}</source>
        <translation>    ⚠ {flag}</translation>
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>Diese Woche ab {day}: {done} von {goal} abgeschlossen – Ziel erreicht ★, %n abgebrochen</numerusform>
            <numerusform>Diese Woche ab {day}: {done} von {goal} abgeschlossen – Ziel erreicht ★, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation>Diese Woche ab {day}: {done} von {goal} abgeschlossen – Ziel erreicht ★</translation>
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>Diese Woche ab {day}: {done} von {goal} abgeschlossen, %n abgebrochen</numerusform>
            <numerusform>Diese Woche ab {day}: {done} von {goal} abgeschlossen, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished</source>
        <translation>Diese Woche ab {day}: {done} von {goal} abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>Woche ab {day}: {done} von {goal} abgeschlossen – Ziel erreicht ★, %n abgebrochen</numerusform>
            <numerusform>Woche ab {day}: {done} von {goal} abgeschlossen – Ziel erreicht ★, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation>Woche ab {day}: {done} von {goal} abgeschlossen – Ziel erreicht ★</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>Woche ab {day}: {done} von {goal} abgeschlossen, %n abgebrochen</numerusform>
            <numerusform>Woche ab {day}: {done} von {goal} abgeschlossen, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished</source>
        <translation>Woche ab {day}: {done} von {goal} abgeschlossen</translation>
    </message>
    <message>
        <source>left leg first</source>
        <translation>linkes Bein zuerst</translation>
    </message>
    <message>
        <source>right leg first</source>
        <translation>rechtes Bein zuerst</translation>
    </message>
    <message>
        <source>• {when}, {clock}: finished, {minutes} min, {side}</source>
        <translation>• {when}, {clock}: abgeschlossen, {minutes} min, {side}</translation>
    </message>
    <message>
        <source>• {when}, {clock}: stopped early after {done} of {total} exercises, {minutes} min, {side}</source>
        <translation>• {when}, {clock}: abgebrochen nach {done} von {total} Übungen, {minutes} min, {side}</translation>
    </message>
    <message>
        <source>{session}; {dose}</source>
        <translation>{session}; {dose}</translation>
    </message>
    <message>
        <source>{session}; {pain}</source>
        <translation>{session}; {pain}</translation>
    </message>
    <message>
        <source>{session}; note: “{note}”</source>
        <translation>{session}; Notiz: „{note}“</translation>
    </message>
    <message>
        <source>{reps} × {hold} s</source>
        <comment>reps of an exercise times its hold</comment>
        <translation>{reps} × {hold} s</translation>
    </message>
    <message>
        <source>dose {doses}</source>
        <translation>Dosis {doses}</translation>
    </message>
    <message>
        <source>pain {before} → {after} of 10</source>
        <translation>Schmerz {before} → {after} von 10</translation>
    </message>
    <message>
        <source>pain after {after} of 10</source>
        <translation>Schmerz danach {after} von 10</translation>
    </message>
    <message>
        <source>pain before {before} of 10</source>
        <translation>Schmerz vorher {before} von 10</translation>
    </message>
    <message>
        <source>{pain} ({where})</source>
        <translation>{pain} ({where})</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rep(s) each leg, hold {hold} s</source>
        <translation>
            <numerusform>%n Wiederholung je Bein, {hold} s halten</numerusform>
            <numerusform>%n Wiederholungen je Bein, {hold} s halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg, no hold</source>
        <translation>
            <numerusform>%n Wiederholung je Bein, ohne Halten</numerusform>
            <numerusform>%n Wiederholungen je Bein, ohne Halten</numerusform>
        </translation>
    </message>
    <message>
        <source>alternate the starting leg each session</source>
        <translation>Anfangsbein bei jeder Sitzung wechseln</translation>
    </message>
    <message>
        <source>start with the left leg</source>
        <translation>mit dem linken Bein beginnen</translation>
    </message>
    <message>
        <source>start with the right leg</source>
        <translation>mit dem rechten Bein beginnen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>No pain check-ins yet: after a session, note how much it hurts to see a trend here.</source>
        <translation>Noch keine Schmerzangaben: Notieren Sie nach einer Sitzung, wie stark es wehtut, dann erscheint hier ein Trend.</translation>
    </message>
    <message>
        <source>Not enough check-ins yet for a trend ({count} of the {needed} needed).</source>
        <translation>Noch zu wenige Schmerzangaben für einen Trend ({count} von {needed} nötigen).</translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): too early to tell until they span at least a week.</source>
        <translation>
            <numerusform>Schmerztrend aus %n Angabe: Für eine Aussage ist es noch zu früh; dafür müssen die Angaben mindestens eine Woche umfassen.</numerusform>
            <numerusform>Schmerztrend aus %n Angaben: Für eine Aussage ist es noch zu früh; dafür müssen die Angaben mindestens eine Woche umfassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, lower than at the start ({start}).</source>
        <translation>
            <numerusform>Schmerztrend aus %n Angabe: jetzt etwa {now} von 10, niedriger als zu Beginn ({start}).</numerusform>
            <numerusform>Schmerztrend aus %n Angaben: jetzt etwa {now} von 10, niedriger als zu Beginn ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly lower than at the start ({start}).</source>
        <translation>
            <numerusform>Schmerztrend aus %n Angabe: jetzt etwa {now} von 10, etwas niedriger als zu Beginn ({start}).</numerusform>
            <numerusform>Schmerztrend aus %n Angaben: jetzt etwa {now} von 10, etwas niedriger als zu Beginn ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly higher than at the start ({start}).</source>
        <translation>
            <numerusform>Schmerztrend aus %n Angabe: jetzt etwa {now} von 10, etwas höher als zu Beginn ({start}).</numerusform>
            <numerusform>Schmerztrend aus %n Angaben: jetzt etwa {now} von 10, etwas höher als zu Beginn ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, higher than at the start ({start}).</source>
        <translation>
            <numerusform>Schmerztrend aus %n Angabe: jetzt etwa {now} von 10, höher als zu Beginn ({start}).</numerusform>
            <numerusform>Schmerztrend aus %n Angaben: jetzt etwa {now} von 10, höher als zu Beginn ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, the same as at the start.</source>
        <translation>
            <numerusform>Schmerztrend aus %n Angabe: jetzt etwa {now} von 10, genauso wie zu Beginn.</numerusform>
            <numerusform>Schmerztrend aus %n Angaben: jetzt etwa {now} von 10, genauso wie zu Beginn.</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}; {item}</source>
        <comment>a list so far, then one more item after a semicolon</comment>
        <translation>{list}; {item}</translation>
    </message>
</context>
</TS>
