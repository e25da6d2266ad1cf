<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Why these exercises</source>
        <translation>Pourquoi ces exercices</translation>
    </message>
    <message>
        <source>The exercises</source>
        <translation>Les exercices</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({section}): {purpose}</source>
        <comment>an exercise, its kind, what it is for</comment>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({section}) : {purpose}</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>The routine follows {source} on {published}, by {authors}, {description}. The instructions here are written in our own words.</source>
        <translation>Le programme suit {source} le {published}, par {authors}, {description}. Les consignes sont rédigées avec nos propres mots.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructed parts.&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Parties reconstituées.&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>À propos du programme d'exercices</translation>
    </message>
    <message>
        <source>{action}: {description}</source>
        <comment>a shortcut's command, then what it does</comment>
        <translation>{action} : {description}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>These keys work wherever the focus is in the window.</source>
        <translation>Ces touches fonctionnent dans toute la fenêtre, où que soit le focus.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A guided home routine for piriformis syndrome. It does not replace advice from your physiotherapist or doctor.</source>
        <translation>Un programme guidé à faire chez soi contre le syndrome du piriforme. Il ne remplace pas l'avis de votre kinésithérapeute ou de votre médecin.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure : vous pouvez le partager et le modifier selon ses termes. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs and tomlkit; Licences lists them all with their terms.</source>
        <translation>Conçu avec Qt %1 et PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs et tomlkit ; « Licences » les présente tous avec leurs conditions.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>This copy of the app was installed without its licence files. The licence is the GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>Cette copie de l'application a été installée sans ses fichiers de licence. La licence est la GNU General Public License, version 3 ou ultérieure : https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avis de tiers</translation>
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
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Démarrer, mettre en pause ou reprendre la séance</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Restart this exercise, or go to the previous one</source>
        <translation>Recommencer cet exercice ou revenir au précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Passer à l'exercice suivant</translation>
    </message>
    <message>
        <source>Restart leg</source>
        <translation>Recommencer la jambe</translation>
    </message>
    <message>
        <source>Start this leg's reps again</source>
        <translation>Recommencer les répétitions de cette jambe</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Arrêter la séance (demande confirmation)</translation>
    </message>
    <message>
        <source>&amp;Print routine sheet…</source>
        <translation>&amp;Imprimer la fiche d'exercices…</translation>
    </message>
    <message>
        <source>Print the routine with your settings</source>
        <translation>Imprimer le programme avec vos paramètres</translation>
    </message>
    <message>
        <source>Save routine sheet as &amp;PDF…</source>
        <translation>Enregistrer la fiche en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the routine sheet as a PDF file</source>
        <translation>Enregistrer la fiche d'exercices au format PDF</translation>
    </message>
    <message>
        <source>Print progress &amp;report…</source>
        <translation>Imprimer le &amp;rapport de suivi…</translation>
    </message>
    <message>
        <source>A report of your sessions and pain for your physiotherapist</source>
        <translation>Un rapport sur vos séances et votre douleur pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exporter l'historique…</translation>
    </message>
    <message>
        <source>Save your history as a CSV file</source>
        <translation>Enregistrer votre historique dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Large type for following from the mat</source>
        <translation>Grands caractères pour suivre depuis le tapis</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <source>About this &amp;routine</source>
        <translation>À propos des &amp;exercices</translation>
    </message>
    <message>
        <source>Why these exercises, credits, safety</source>
        <translation>Pourquoi ces exercices, sources, sécurité</translation>
    </message>
    <message>
        <source>&amp;About Piriformis Desktop</source>
        <translation>À &amp;propos de Piriformis Desktop</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Piriformis Desktop</source>
        <translation>Quitter Piriformis Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} is already open in another window. Both copies save to the same history; settings changed in one are not seen by the other until it is restarted.</source>
        <translation>{app} est déjà ouvert dans une autre fenêtre. Les deux copies enregistrent dans le même historique ; les paramètres modifiés dans l'une ne sont pris en compte par l'autre qu'après son redémarrage.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Reminders for your piriformis routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting at login could not be set up: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting at login could not be removed: {reason}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>lower-case</source>
        <comment>The first letter of a cue after a comma: translate as exactly 'lower-case', or as exactly 'as written' where it keeps its capital (German nouns)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: switch to your left leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: switch to your right leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: rest {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: rep {rep} of {reps}, {cue}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: move {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: hold {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: release {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: get ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise {number} of {total} · {section}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the left leg</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the right leg</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Rest, then: {cue}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up next · exercise {number} of {total} · {section}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{phase}. {cue}. {side}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{phase}. {cue}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to start {exercise}. Press Space to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused. Press Space to resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get back in position</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Resuming in %n second(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>Check-in skipped.</source>
        <translation>Relevé de la douleur ignoré.</translation>
    </message>
    <message>
        <source>Check-in saved: pain {score} of 10.</source>
        <translation>Relevé enregistré : douleur {score} sur 10.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Pain check-in</source>
        <translation>Relevé de la douleur</translation>
    </message>
    <message>
        <source>How much does it hurt now?</source>
        <translation>À quel point avez-vous mal maintenant ?</translation>
    </message>
    <message>
        <source>Pain {score} of 10</source>
        <translation>Douleur {score} sur 10</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Aucune douleur</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Pire imaginable</translation>
    </message>
    <message>
        <source>Where? (optional)</source>
        <translation>Où ? (facultatif)</translation>
    </message>
    <message>
        <source>A short note for yourself or your physiotherapist (optional)</source>
        <translation>Une courte note pour vous ou votre kinésithérapeute (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Ignorer (Esc)</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Ignorer le relevé de la douleur</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Fesse</translation>
    </message>
    <message>
        <source>Pain in the buttock</source>
        <translation>Douleur dans la fesse</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Cuisse</translation>
    </message>
    <message>
        <source>Pain in the thigh</source>
        <translation>Douleur dans la cuisse</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Pain in the lower back</source>
        <translation>Douleur dans le bas du dos</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{app}: a guided home routine for piriformis syndrome.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set {variable}=N (N &gt;= 1) to run the session clock N times faster (demos, tests).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open and start today's session at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open in full screen with large type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write every session as CSV (- for stdout)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add sessions from a CSV export, skipping duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the routine sheet as a PDF and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a progress report for your physiotherapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weeks the report covers (default {weeks})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paper size for the PDFs (default: locale)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No audio device was found</source>
        <translation>Aucun périphérique audio n'a été trouvé</translation>
    </message>
    <message>
        <source>The sound “{name}” could not be played</source>
        <translation>Le son « {name} » n'a pas pu être lu</translation>
    </message>
    <message>
        <source>The sound system stopped responding ({message})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound system did not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound system stopped responding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speech engine stopped working: {message}</source>
        <translation>Le moteur de synthèse vocale a cessé de fonctionner : {message}</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is running but not answering (restarting it, or logging out and in, usually helps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is not installed or not running</source>
        <translation>Les annonces vocales ont besoin de speech-dispatcher, qui n'est pas installé ou ne fonctionne pas</translation>
    </message>
    <message>
        <source>No speech engine could be started ({problems})</source>
        <translation>Aucun moteur de synthèse vocale n'a pu démarrer ({problems})</translation>
    </message>
    <message>
        <source>No speech engine was found (install speech-dispatcher for voice prompts)</source>
        <translation>Aucun moteur de synthèse vocale trouvé (installez speech-dispatcher pour les annonces vocales)</translation>
    </message>
    <message>
        <source>No speech engine was found</source>
        <translation>Aucun moteur de synthèse vocale trouvé</translation>
    </message>
    <message>
        <source>Sound cues are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voice prompts are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound needs Qt Multimedia, which could not be loaded: {error}</source>
        <translation>Le son a besoin de Qt Multimedia, qui n'a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}</source>
        <translation>Les annonces vocales ont besoin de Qt Text-to-Speech, qui n'a pas pu être chargé : {error}</translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <source>Sessions day by day, last 12 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{active} of the last {days} days had a finished session.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>the page could not be opened for drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown paper size '{paper}'; use a4 or letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write {path}: the PDF came out empty (is the disk full?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Save routine sheet as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The routine sheet was not saved: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the routine sheet to {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>about {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about {minutes} min {seconds} s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>your history cannot be written, so nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path} ({duplicates} already there).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: the file is empty; expected a header row: {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>line {line}: missing column(s) {missing}; an export has: {columns}.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>line {line}: expected %n value(s), found {found}.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: not UTF-8 text, so not an export of this app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {column}: expected a date and time with a time zone, like {example}, got {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {column}: expected a date like {example}, got {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {column}: expected a number of seconds, 0 or more, got {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {column}: expected {one} or {other}, got {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, got {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, 0 or more, got {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {column}: expected the settings as a JSON object, like {example}, got {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number from 0 to 10, or nothing, got {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line {line}: {reason}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryOpening</name>
    <message>
        <source>Your history file {path} is damaged and could not be moved aside ({reason}); sessions will play but will not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path} and a new one was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path}, and a new one could not be created ({reason}); sessions will play but will not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history in {folder} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history was saved by a newer version of Piriformis Desktop, so this version will not change it: sessions will play but will not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history file {path} cannot be changed ({reason}); past sessions are shown, but new ones will not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the folder is read-only or not yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another copy of the app kept it busy for too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file cannot be created or opened there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history {path} is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check-in was not saved: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history file {path} cannot be written: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history file {path} could not be written: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history file {path} could not be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Export history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported {sessions} from {path} (%n were already here).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path}.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No history yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain after each session (0 none, 10 worst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of the chosen week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history cannot be written, so nothing can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p style='font-size:xx-large'&gt;&lt;b&gt;Your history is not available&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sessions still play from start to end, but they are not saved. The notice above says why.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p style='font-size:xx-large'&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first routine on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{trend} {rising}</source>
        <comment>two sentences about pain, one after the other</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished, goal met ★</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Arrêter cette séance ?</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as not completed.</source>
        <translation>Arrêter cette séance maintenant ? Elle restera dans votre historique comme non terminée.</translation>
    </message>
    <message>
        <source>Keep reminders running?</source>
        <translation>Garder les rappels actifs ?</translation>
    </message>
    <message>
        <source>Reminders are on. Keep Piriformis Desktop running in the system tray when this window is closed, so they can appear? (You can change this in settings.toml: close_to_tray.)</source>
        <translation>Les rappels sont activés. Laisser Piriformis Desktop fonctionner dans la zone de notification quand cette fenêtre est fermée, pour qu'ils puissent s'afficher ? (Vous pouvez modifier ce choix dans settings.toml : close_to_tray.)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Masquer l'avis</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>Last 12 weeks, day by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{done} of {goal}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this week — goal met ✓</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>this week — %n to go</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>in a row at your goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best streak</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>finished, %n stopped early</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>minute(s) exercised</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>last session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain after each session, 0 to 10</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PainTrend</name>
    <message>
        <source>Your pain scores have gone up over the last two weeks. It may be worth checking in with your physiotherapist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhaseKind</name>
    <message>
        <source>Get ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch legs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlayerCard</name>
    <message>
        <source>Session progress</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Appuyez sur Espace pour commencer</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Encore {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation>JAMBE DROITE</translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation>JAMBE GAUCHE</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Progress report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{title}: {first} to {end} (%n week(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s) finished and {stopped} stopped early in {weeks}.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n a week.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Adherence: {percent}% of the goal's sessions; the goal was met in {met} of %n week(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The routine as currently set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: {dose}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: not in the routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{doses}. Each exercise on both legs; {start_side}. Tempo: move {move} s, move back {release} s; {rest} s rest between legs and exercises. A session takes {length}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain after sessions (0 no pain, 10 worst imaginable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain (mean)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n earlier note(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Notes from check-ins</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) in the exported history (File &gt; Export history).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 [{where}] {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}: pain {pain}/10 {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by the user with Piriformis Desktop, a guided home routine. Pain is self-rated on the 0-10 numeric rating scale after each session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print progress report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>piriformis-desktop: --weeks must be 1 or more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %n week(s) ({sessions} in the history) to {path}.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Piriformis Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system tray was found, so reminders cannot be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time for your piriformis routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap here when you are on the mat; the session is ready to start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>expected a list of days like {example}, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown day {day}; use {days}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a time like {example}, got {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me on these days, unless I have already done the routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at</source>
        <comment>between the reminder days and the reminder time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Piriformis Desktop when I log in (so reminders can come)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why reminders are unavailable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your routine</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n session(s) a week.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>{number}. {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{section} · {dose}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start: {position}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{side}:
{steps}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then the same with your left leg (the mirror image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then the same with your right leg (the mirror image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in your routine: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Based on {source} ({year}) by {authors}, {description}; instructions in our own words. {reconstructed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your log: four weeks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tick each exercise on the days you do it; aim for %n session(s) a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week {number}  ·  from {date}  ·  sessions: ____ of {goal}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes for my physiotherapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print routine sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (A4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (US Letter).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>Keeping the screen awake needs Qt D-Bus, which is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The screen may dim during a session: no desktop session bus was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The screen may dim during a session: the desktop offers no screen-saver control.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise session in progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Optional: type your pain now, 0 (none) to 10 (worst imaginable), before you press Space.</source>
        <translation>Facultatif : tapez maintenant votre niveau de douleur, de 0 (aucune) à 10 (la pire imaginable), avant d'appuyer sur Espace.</translation>
    </message>
    <message>
        <source>Pain before this session: {pain} of 10 (type another number to change it).</source>
        <translation>Douleur avant cette séance : {pain} sur 10 (tapez un autre nombre pour la modifier).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message>
        <source>Your session of {date} could not be saved when it ended; it is now in your history.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as not completed ({done} of %n exercise(s) done).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Session saved to your history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above). It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session could not be saved: {reason} It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session could not be saved: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>{column}: expected a date and time with a time zone, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected a calendar date, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected a number of seconds, 0 or more, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected a whole number, 0 or more, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: {done} is more than {total_column} ({total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected "right" or "left", got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected a table of settings, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to 10, or nothing, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected some of {places}, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column}: expected text of at most {limit} characters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions finished in each of the last weeks, oldest first: {counts}. Goal: {goal} a week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a range of years under the chart</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{key}: expected "right", "left" or "alternate", got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: expected one of {choices}, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: expected "ask", "tray" or "quit", got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: expected true or false, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: expected a table per exercise, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: no such exercise (kept in the file, not used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: expected a table, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: every exercise was switched off; all are switched back on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: expected a whole number from {low} to {high}, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: must be from {low} to {high}, got {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your settings could not be read ({problem}); the defaults are used for now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not text (UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid TOML ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your settings file has keys this version does not use ({keys}); they are kept in the file as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original is kept at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original file was left as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your settings could not be saved to {path}: {reason}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>Settings notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right leg first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left leg first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alternate each session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which leg starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercises (each leg gets the same)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reps each leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold (0: no pause)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>{exercise}: repetitions each leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{exercise}: hold seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move into position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal, sound and look</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cue volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voice prompts ("Hold", "Switch to your left leg")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voice prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session is running: changes apply to your next session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defaults restored to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your settings are back to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep at least one exercise in your routine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{problem} They apply until you quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session takes {length}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Start a new session</source>
        <translation>Commencer une nouvelle séance</translation>
    </message>
    <message>
        <source>See your history</source>
        <translation>Voir votre historique</translation>
    </message>
    <message>
        <source>Session complete. Well done!</source>
        <translation>Séance terminée. Bravo !</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>Active time: {time}
Exercises done: {done} of {total}</source>
        <translation>Temps actif : {time}
Exercices faits : {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>WeekDetail</name>
    <message>
        <source>This week of {day}: no sessions yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of {day}: no sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{week}.
{problem}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left leg first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right leg first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• {when}, {clock}: finished, {minutes} min, {side}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• {when}, {clock}: stopped early after {done} of {total} exercises, {minutes} min, {side}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rep(s) each leg, hold {hold} s</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg, no hold</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>alternate the starting leg each session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start with the left leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start with the right leg</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>buttock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thigh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lower back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pain check-ins yet: after a session, note how much it hurts to see a trend here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough check-ins yet for a trend ({count} of the {needed} needed).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): too early to tell until they span at least a week.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, lower than at the start ({start}).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly lower than at the start ({start}).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly higher than at the start ({start}).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, higher than at the start ({start}).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, the same as at the start.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
</TS>