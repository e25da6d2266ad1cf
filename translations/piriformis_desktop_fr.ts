<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({section})&#xa0;: {purpose}</translation>
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
        <translation>À propos du programme d&apos;exercices</translation>
    </message>
    <message>
        <source>{action}: {description}</source>
        <comment>a shortcut&apos;s command, then what it does</comment>
        <translation type="vanished">{action}&#xa0;: {description}</translation>
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
        <source>Your pain score, 0 (none) to 10 (worst imaginable), on the Ready card and in the check-in after a session: type 1 then 0 for 10</source>
        <translation type="vanished">Votre niveau de douleur, de 0 (aucune) à 10 (la pire imaginable), sur la carte de départ et dans le relevé après une séance&#xa0;: pour 10, tapez 1 puis 0</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Save the check-in after a session</source>
        <translation type="vanished">Enregistrer le relevé après une séance</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>Entrée, Échap</translation>
    </message>
    <message>
        <source>When the card asks whether to stop the session: Enter stops it, Esc carries on</source>
        <translation type="vanished">Quand la carte demande s&apos;il faut arrêter la séance&#xa0;: Entrée l&apos;arrête, Échap continue</translation>
    </message>
    <message>
        <source>Your pain score on the Ready card and in the check-in (1 then 0 is 10)</source>
        <translation>Votre niveau de douleur sur la carte de départ et dans le relevé (1 puis 0 donne 10)</translation>
    </message>
    <message>
        <source>Save the check-in</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <source>On the card&apos;s stop question: Enter stops, Esc carries on</source>
        <translation>À la question d&apos;arrêt sur la carte&#xa0;: Entrée arrête, Échap continue</translation>
    </message>
    <message>
        <source>On one screen:</source>
        <translation>Sur un seul écran&#xa0;:</translation>
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
        <translation>Un programme guidé à faire chez soi contre le syndrome du piriforme. Il ne remplace pas l&apos;avis de votre kinésithérapeute ou de votre médecin.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure&#xa0;: vous pouvez le partager et le modifier selon ses termes. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs and tomlkit; Licences lists them all with their terms.</source>
        <translation>Conçu avec Qt %1 et PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs et tomlkit&#xa0;; «&#xa0;Licences&#xa0;» les présente tous avec leurs conditions.</translation>
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
        <translation>Cette copie de l&apos;application a été installée sans ses fichiers de licence. La licence est la GNU General Public License, version 3 ou ultérieure&#xa0;: https://www.gnu.org/licenses/gpl-3.0.html</translation>
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
        <translation>Passer à l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>Restart leg</source>
        <translation>Recommencer la jambe</translation>
    </message>
    <message>
        <source>Start this leg&apos;s reps again</source>
        <translation type="vanished">Recommencer les répétitions de cette jambe</translation>
    </message>
    <message>
        <source>Restart this leg&apos;s reps</source>
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
        <translation>&amp;Imprimer la fiche d&apos;exercices…</translation>
    </message>
    <message>
        <source>Print the routine with your settings</source>
        <translation>Imprimer le programme avec vos réglages</translation>
    </message>
    <message>
        <source>Save routine sheet as &amp;PDF…</source>
        <translation>Enregistrer la fiche d&apos;exercices en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the routine sheet as a PDF file</source>
        <translation>Enregistrer la fiche d&apos;exercices au format PDF</translation>
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
        <translation>&amp;Exporter l&apos;historique…</translation>
    </message>
    <message>
        <source>Save your history as a CSV file</source>
        <translation>Enregistrer votre historique dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Open prescription…</source>
        <translation>&amp;Ouvrir une prescription…</translation>
    </message>
    <message>
        <source>Apply a prescription file from your physiotherapist</source>
        <translation>Appliquer un fichier de prescription de votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Save as pres&amp;cription…</source>
        <translation>Enregistrer comme pres&amp;cription…</translation>
    </message>
    <message>
        <source>Save the routine as set as a prescription file</source>
        <translation>Enregistrer le programme tel que réglé comme fichier de prescription</translation>
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
        <translation>À propos du &amp;programme</translation>
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
        <translation>{app} est déjà ouvert dans une autre fenêtre. Les deux copies enregistrent dans le même historique&#xa0;; les réglages modifiés dans l&apos;une ne sont pris en compte par l&apos;autre qu&apos;après son redémarrage.</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply a prescription</source>
        <translation>Appliquer une prescription</translation>
    </message>
    <message>
        <source>Prescription by {name}, issued {date}</source>
        <translation>Prescription de {name}, établie le {date}</translation>
    </message>
    <message numerus="yes">
        <source>From {file}. %n setting(s) change; the others are already as prescribed.</source>
        <translation>
            <numerusform>De {file}. %n réglage change&#xa0;; les autres sont déjà comme prescrit.</numerusform>
            <numerusform>De {file}. %n réglages changent&#xa0;; les autres sont déjà comme prescrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review by {date}.</source>
        <translation>Bilan à faire avant le {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Not used by this version, kept with the prescription: {keys}.</source>
        <translation>Non utilisé par cette version, conservé avec la prescription&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>What the prescription changes</source>
        <translation>Ce que la prescription change</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Prescrit</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Your settings now are kept: Undo in Settings brings them back in one click.</source>
        <translation>Vos réglages actuels sont conservés&#xa0;: «&#xa0;Annuler&#xa0;» dans Réglages les rétablit en un clic.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>options</source>
        <comment>a heading of --help; a colon follows right after it</comment>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <comment>a heading of --help; a colon follows</comment>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>arguments obligatoires manquants&#xa0;: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument ignoré&#xa0;: %r</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>it is read-only, so it was not replaced</source>
        <translation>le fichier est en lecture seule, il n&apos;a donc pas été remplacé</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is not a regular file, so it was not replaced</source>
        <translation>ce n&apos;est pas un fichier ordinaire, il n&apos;a donc pas été remplacé</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Reminders for your piriformis routine</source>
        <translation>Rappels de votre programme pour le piriforme</translation>
    </message>
    <message>
        <source>Starting at login could not be set up: {reason}.</source>
        <translation>Le lancement à la connexion n&apos;a pas pu être activé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Starting at login could not be removed: {reason}.</source>
        <translation>Le lancement à la connexion n&apos;a pas pu être supprimé&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Left leg: {exercise} starts again from the first rep.</source>
        <translation>Jambe gauche&#xa0;: {exercise} reprend à la première répétition.</translation>
    </message>
    <message>
        <source>Right leg: {exercise} starts again from the first rep.</source>
        <translation>Jambe droite&#xa0;: {exercise} reprend à la première répétition.</translation>
    </message>
    <message>
        <source>Skipped to exercise {number}: {exercise}.</source>
        <translation>Passage à l&apos;exercice {number}&#xa0;: {exercise}.</translation>
    </message>
    <message>
        <source>Back to exercise {number}: {exercise}.</source>
        <translation>Retour à l&apos;exercice {number}&#xa0;: {exercise}.</translation>
    </message>
    <message>
        <source>{exercise} starts again from the beginning.</source>
        <translation>{exercise} reprend depuis le début.</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>The first letter of a cue after a comma: translate as exactly &apos;lower-case&apos;, or as exactly &apos;as written&apos; where it keeps its capital (German nouns)</comment>
        <translation>lower-case</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Ensuite&#xa0;: fin de la séance</translation>
    </message>
    <message>
        <source>Next: switch to your left leg</source>
        <translation>Ensuite&#xa0;: passez à la jambe gauche</translation>
    </message>
    <message>
        <source>Next: switch to your right leg</source>
        <translation>Ensuite&#xa0;: passez à la jambe droite</translation>
    </message>
    <message>
        <source>Next: rest {seconds} s</source>
        <translation>Ensuite&#xa0;: repos {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Ensuite&#xa0;: {exercise}</translation>
    </message>
    <message>
        <source>Next: rep {rep} of {reps}, {cue}</source>
        <translation>Ensuite&#xa0;: répétition {rep} sur {reps}, {cue}</translation>
    </message>
    <message>
        <source>Next: move {seconds} s</source>
        <translation>Ensuite&#xa0;: mouvement {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>Next: hold {seconds} s</source>
        <translation>Ensuite&#xa0;: maintien {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>Next: release {seconds} s</source>
        <translation type="vanished">Ensuite&#xa0;: retour {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>Next: move back {seconds} s</source>
        <translation>Ensuite&#xa0;: retour {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>Next: get ready</source>
        <translation>Ensuite&#xa0;: préparation</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Exercise {number} of {total} · {section}</source>
        <translation>Exercice {number} sur {total} · {section}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Répétition {rep} sur {reps}</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg</source>
        <translation>
            <numerusform>%n répétition par jambe</numerusform>
            <numerusform>%n répétitions par jambe</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>Passez à la jambe gauche</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the left leg</source>
        <translation>
            <numerusform>%n répétition avec la jambe gauche</numerusform>
            <numerusform>%n répétitions avec la jambe gauche</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>Passez à la jambe droite</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the right leg</source>
        <translation>
            <numerusform>%n répétition avec la jambe droite</numerusform>
            <numerusform>%n répétitions avec la jambe droite</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest, then: {cue}</source>
        <translation>Repos, puis&#xa0;: {cue}</translation>
    </message>
    <message>
        <source>Up next · exercise {number} of {total} · {section}</source>
        <translation>À suivre · exercice {number} sur {total} · {section}</translation>
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
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>Ready to start {exercise}. Press Space to start.</source>
        <translation>Tout est prêt pour {exercise}. Appuyez sur Espace pour commencer.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused. Press Space to resume.</source>
        <translation>En pause. Appuyez sur Espace pour reprendre.</translation>
    </message>
    <message>
        <source>Get back in position</source>
        <translation>Reprenez la position</translation>
    </message>
    <message numerus="yes">
        <source>Resuming in %n second(s).</source>
        <translation>
            <numerusform>Reprise dans %n seconde.</numerusform>
            <numerusform>Reprise dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in of a past session</source>
        <translation>Relevé d&apos;une séance passée</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Annuler&#xa0;: ne rien changer</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>Check-in saved.</source>
        <translation>Relevé enregistré.</translation>
    </message>
    <message>
        <source>Check-in skipped.</source>
        <translation>Relevé de la douleur ignoré.</translation>
    </message>
    <message>
        <source>Check-in saved: pain {score} of 10.</source>
        <translation>Relevé enregistré&#xa0;: douleur {score} sur 10.</translation>
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
        <translation>À quel point avez-vous mal maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Pain {score} of 10</source>
        <translation type="vanished">Douleur {score} sur 10</translation>
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
        <translation>Où&#xa0;? (facultatif)</translation>
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
        <source>expected a whole number from {first} to {last}, got {value}</source>
        <translation>nombre entier de {first} à {last} attendu&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{app}: a guided home routine for piriformis syndrome.</source>
        <translation>{app}&#xa0;: un programme d&apos;exercices guidé, à faire chez soi, contre le syndrome du piriforme.</translation>
    </message>
    <message>
        <source>Set {variable}=N (N &gt;= 1) to run the session clock N times faster (demos, tests).</source>
        <translation>Définissez {variable}=N (N &gt;= 1) pour faire tourner l&apos;horloge des séances N fois plus vite (démonstrations, tests).</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>open and start today&apos;s session at once</source>
        <translation>ouvrir et lancer aussitôt la séance du jour</translation>
    </message>
    <message>
        <source>open in full screen with large type</source>
        <translation>ouvrir en plein écran, en grands caractères</translation>
    </message>
    <message>
        <source>write every session as CSV (- for stdout)</source>
        <translation>écrire toutes les séances en CSV (- pour la sortie standard)</translation>
    </message>
    <message>
        <source>add sessions from a CSV export, skipping duplicates</source>
        <translation>ajouter les séances d&apos;un export CSV, sans les doublons</translation>
    </message>
    <message>
        <source>write the routine sheet as a PDF and exit</source>
        <translation>écrire la fiche d&apos;exercices en PDF et quitter</translation>
    </message>
    <message>
        <source>write a progress report for your physiotherapist</source>
        <translation>écrire un rapport de suivi pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>apply a physiotherapist&apos;s prescription file, print what changed and exit</source>
        <translation>appliquer le fichier de prescription d&apos;un kinésithérapeute, afficher ce qui a changé et quitter</translation>
    </message>
    <message>
        <source>write the current settings and prescription as a prescription file</source>
        <translation>écrire les réglages et la prescription actuels dans un fichier de prescription</translation>
    </message>
    <message>
        <source>open the window and show what this prescription would change</source>
        <translation>ouvrir la fenêtre et montrer ce que cette prescription changerait</translation>
    </message>
    <message>
        <source>weeks the report covers (default {weeks})</source>
        <translation>semaines couvertes par le rapport (par défaut&#xa0;: {weeks})</translation>
    </message>
    <message>
        <source>paper size for the PDFs (default: locale)</source>
        <translation>format de papier des PDF (par défaut&#xa0;: celui des paramètres régionaux)</translation>
    </message>
    <message>
        <source>stopped by an unexpected problem ({kind}: {reason}); nothing more was done.</source>
        <translation>arrêt sur un problème inattendu ({kind}&#xa0;: {reason})&#xa0;; rien d&apos;autre n&apos;a été fait.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No audio device was found</source>
        <translation>Aucun périphérique audio n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>The sound server went away during the session</source>
        <translation>Le serveur de son du système s&apos;est arrêté pendant la séance</translation>
    </message>
    <message>
        <source>The sound “{name}” could not be played</source>
        <translation>Le son «&#xa0;{name}&#xa0;» n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>The sound system stopped responding ({message})</source>
        <translation>Le système audio ne répond plus ({message})</translation>
    </message>
    <message>
        <source>The sound system did not start</source>
        <translation>Le système audio n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>The sound system stopped responding</source>
        <translation>Le système audio ne répond plus</translation>
    </message>
    <message>
        <source>{reason}; sound cues go on from a fresh start of it.</source>
        <translation>{reason}&#xa0;; les signaux sonores continuent avec le système audio relancé.</translation>
    </message>
    <message>
        <source>The speech engine stopped working: {message}</source>
        <translation>Le moteur de synthèse vocale a cessé de fonctionner&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The speech engine stopped answering (restarting speech-dispatcher, or logging out and in, usually helps)</source>
        <translation>Le moteur de synthèse vocale ne répond plus (redémarrer speech-dispatcher, ou se déconnecter puis se reconnecter, aide souvent)</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is running but not answering (restarting it, or logging out and in, usually helps)</source>
        <translation>Les annonces vocales ont besoin de speech-dispatcher, qui tourne mais ne répond pas (le redémarrer, ou se déconnecter puis se reconnecter, aide en général)</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is not installed or not running</source>
        <translation>Les annonces vocales ont besoin de speech-dispatcher, qui n&apos;est pas installé ou ne fonctionne pas</translation>
    </message>
    <message>
        <source>No speech engine could be started ({problems})</source>
        <translation>Aucun moteur de synthèse vocale n&apos;a pu démarrer ({problems})</translation>
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
        <source>The speech engine has no voice for {language}; prompts are read with another voice (install a {language} voice for espeak-ng or your speech engine)</source>
        <translation>Le moteur de synthèse vocale n&apos;a pas de voix pour {language}&#xa0;; les annonces sont lues avec une autre voix (installez une voix {language} pour espeak-ng ou votre moteur de synthèse vocale)</translation>
    </message>
    <message>
        <source>Sound cues are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation>Les signaux sonores sont coupés jusqu&apos;au redémarrage de Piriformis Desktop. {reason}. Cette séance continue sans eux.</translation>
    </message>
    <message>
        <source>Voice prompts are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation>Les annonces vocales sont coupées jusqu&apos;au redémarrage de Piriformis Desktop. {reason}. Cette séance continue sans elles.</translation>
    </message>
    <message>
        <source>Sound needs Qt Multimedia, which could not be loaded: {error}</source>
        <translation>Le son a besoin de Qt Multimedia, qui n&apos;a pas pu être chargé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}</source>
        <translation>Les annonces vocales ont besoin de Qt Text-to-Speech, qui n&apos;a pas pu être chargé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>{exercise}, right leg</source>
        <translation>{exercise}, jambe droite</translation>
    </message>
    <message>
        <source>{exercise}, left leg</source>
        <translation>{exercise}, jambe gauche</translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>Passez à la jambe droite</translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>Passez à la jambe gauche</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>spoken when a hold begins</comment>
        <translation>Maintenez</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>spoken when a rest begins</comment>
        <translation>Repos</translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <source>Sessions day by day, last 12 weeks</source>
        <translation type="vanished">Séances jour par jour, 12&#xa0;dernières semaines</translation>
    </message>
    <message numerus="yes">
        <source>Sessions day by day, last %n week(s)</source>
        <translation>
            <numerusform>Séances jour par jour, dernière semaine</numerusform>
            <numerusform>Séances jour par jour, %n&#xa0;dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>{active} of the last {days} days had a finished session.</source>
        <translation>Jours avec une séance terminée&#xa0;: {active} sur les {days} derniers.</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>the page could not be opened for drawing</source>
        <translation>la page n&apos;a pas pu être ouverte pour y dessiner</translation>
    </message>
    <message>
        <source>unknown paper size &apos;{paper}&apos;; use a4 or letter</source>
        <translation>format de papier inconnu «&#xa0;{paper}&#xa0;»&#xa0;; utilisez a4 ou letter</translation>
    </message>
    <message>
        <source>could not write {path}: the PDF came out empty (is the disk full?)</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: le PDF est vide (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Save routine sheet as PDF</source>
        <translation>Enregistrer la fiche d&apos;exercices en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The routine sheet was not saved: {reason}.</source>
        <translation>La fiche d&apos;exercices n&apos;a pas été enregistrée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}</source>
        <translation>Fiche d&apos;exercices enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>DoseStepWords</name>
    <message numerus="yes">
        <source>%n finished session(s) in a row at this dose with pain after at most {ceiling} of 10 and no safety flag.</source>
        <translation>
            <numerusform>%n séance terminée d&apos;affilée à cette dose, douleur après d&apos;au plus {ceiling} sur 10 et aucune alerte.</numerusform>
            <numerusform>%n séances terminées d&apos;affilée à cette dose, douleur après d&apos;au plus {ceiling} sur 10 et aucune alerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A safety flag after the session on {day}.</source>
        <translation>Une alerte après la séance du {day}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>about {seconds} s</source>
        <translation>environ {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>environ {minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s</source>
        <translation>environ {minutes}&#xa0;min {seconds}&#xa0;s</translation>
    </message>
</context>
<context>
    <name>GoalGroup</name>
    <message>
        <source>Goal, sound and look</source>
        <translation>Objectif, son et apparence</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation>
            <numerusform>%n séance par semaine</numerusform>
            <numerusform>%n séances par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation>Signaux sonores (tic-tac des dernières secondes d&apos;un maintien, carillons)</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Signaux sonores</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Volume des signaux</translation>
    </message>
    <message>
        <source>Voice prompts (&quot;Hold&quot;, &quot;Switch to your left leg&quot;)</source>
        <translation>Annonces vocales («&#xa0;Maintenez&#xa0;», «&#xa0;Passez à la jambe gauche&#xa0;»)</translation>
    </message>
    <message>
        <source>Voice prompts</source>
        <translation>Annonces vocales</translation>
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation>Pourquoi le son n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
</context>
<context>
    <name>HistoryButtons</name>
    <message>
        <source>Check-in…</source>
        <translation>Relevé…</translation>
    </message>
    <message>
        <source>Add or change the check-in of a past session</source>
        <translation>Ajouter ou modifier le relevé d&apos;une séance passée</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation>Importer des séances depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Exporter l&apos;historique dans un fichier CSV</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation>
            <numerusform>%n séance exportée vers {path}</numerusform>
            <numerusform>%n séances exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write to standard output: {reason}.</source>
        <translation>impossible d&apos;écrire sur la sortie standard&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>your history cannot be written, so nothing was imported.</source>
        <translation>votre historique ne peut pas être modifié&#xa0;; rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation type="vanished">impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path} ({duplicates} already there).</source>
        <translation>
            <numerusform>%n séance importée depuis {path} (déjà présentes&#xa0;: {duplicates}).</numerusform>
            <numerusform>%n séances importées depuis {path} (déjà présentes&#xa0;: {duplicates}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>line {line}: the file is empty; expected a header row: {columns}.</source>
        <translation>ligne {line}&#xa0;: le fichier est vide&#xa0;; une ligne d&apos;en-tête était attendue&#xa0;: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>line {line}: missing column(s) {missing}; an export has: {columns}.</source>
        <translation>
            <numerusform>ligne {line}&#xa0;: colonne manquante&#xa0;: {missing}&#xa0;; un export contient&#xa0;: {columns}.</numerusform>
            <numerusform>ligne {line}&#xa0;: colonnes manquantes&#xa0;: {missing}&#xa0;; un export contient&#xa0;: {columns}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line {line}: expected %n value(s), found {found}.</source>
        <translation>
            <numerusform>ligne {line}&#xa0;: %n valeur attendue&#xa0;; nombre trouvé&#xa0;: {found}.</numerusform>
            <numerusform>ligne {line}&#xa0;: %n valeurs attendues&#xa0;; nombre trouvé&#xa0;: {found}.</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: more than {limit} sessions, so this is not an export of this app.</source>
        <translation>ligne {line}&#xa0;: plus de {limit} séances, ce n&apos;est donc pas un export de cette application.</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({reason}).</source>
        <translation>ligne {line}&#xa0;: illisible en CSV ({reason}).</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text, so not an export of this app.</source>
        <translation>ligne {line}&#xa0;: ce n&apos;est pas du texte UTF-8, donc pas un export de cette application.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a date and time with a time zone, like {example}, got {value}.</source>
        <translation>ligne {line}&#xa0;: {column}&#xa0;: date et heure avec fuseau horaire attendues, par exemple {example}&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a date like {example}, got {value}.</source>
        <translation>ligne {line}&#xa0;: {column}&#xa0;: date attendue, par exemple {example}&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a number of seconds, 0 or more, got {value}.</source>
        <translation>ligne {line}&#xa0;: {column}&#xa0;: nombre de secondes attendu, 0 ou plus&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected {one} or {other}, got {value}.</source>
        <translation>ligne {line}&#xa0;: {column}&#xa0;: {one} ou {other} attendu&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, got {value}.</source>
        <translation>ligne {line}&#xa0;: {column}&#xa0;: nombre entier attendu&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, 0 or more, got {value}.</source>
        <translation>ligne {line}&#xa0;: {column}&#xa0;: nombre entier attendu, 0 ou plus&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected the settings as a JSON object, like {example}, got {value}.</source>
        <translation>ligne {line}&#xa0;: {column}&#xa0;: réglages attendus sous forme d&apos;objet JSON, par exemple {example}&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number from 0 to 10, or nothing, got {value}.</source>
        <translation>ligne {line}&#xa0;: {column}&#xa0;: nombre entier de 0 à 10 attendu, ou rien&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>line {line}: {reason}.</source>
        <translation>ligne {line}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters, so this is not an export of this app.</source>
        <translation>la ligne {line} dépasse {limit} caractères, ce n&apos;est donc pas un export de cette application.</translation>
    </message>
    <message>
        <source>line {line}: the file is larger than {limit} MB, so this is not an export of this app.</source>
        <translation>ligne {line}&#xa0;: le fichier dépasse {limit} Mo, ce n&apos;est donc pas un export de cette application.</translation>
    </message>
</context>
<context>
    <name>HistoryOpening</name>
    <message>
        <source>Your history file {path} is damaged and could not be moved aside ({reason}); sessions will play but will not be saved.</source>
        <translation>Votre fichier d&apos;historique {path} est endommagé et n&apos;a pas pu être mis de côté ({reason})&#xa0;; les séances se dérouleront normalement, mais ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path} and a new one was started.</source>
        <translation>Votre fichier d&apos;historique était endommagé&#xa0;; il a été déplacé vers {path} et un nouveau fichier a été créé.</translation>
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path}, and a new one could not be created ({reason}); sessions will play but will not be saved.</source>
        <translation>Votre fichier d&apos;historique était endommagé&#xa0;; il a été déplacé vers {path}, mais un nouveau fichier n&apos;a pas pu être créé ({reason})&#xa0;; les séances se dérouleront normalement, mais ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>Your history file {path} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation>Votre fichier d&apos;historique {path} est inutilisable ({reason})&#xa0;; les séances se dérouleront normalement, mais ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>Your history in {folder} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation>Votre historique dans {folder} est inutilisable ({reason})&#xa0;; les séances se dérouleront normalement, mais ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>the disk it is on is read-only</source>
        <translation>le disque sur lequel il se trouve est en lecture seule</translation>
    </message>
    <message>
        <source>the file belongs to another user</source>
        <translation>le fichier appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>the file&apos;s permissions let you neither read nor change it</source>
        <translation>les droits du fichier ne vous permettent ni de le lire ni de le modifier</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>the folder belongs to another user</source>
        <translation>le dossier appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation>il a été écrit par une version plus récente de l&apos;application</translation>
    </message>
    <message>
        <source>Your history was saved by a newer version of Piriformis Desktop, so this version will not change it: sessions will play but will not be saved.</source>
        <translation>Votre historique a été enregistré par une version plus récente de Piriformis Desktop, et cette version ne le modifiera donc pas&#xa0;: les séances se dérouleront normalement, mais ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>Your history file {path} cannot be changed ({reason}); past sessions are shown, but new ones will not be saved.</source>
        <translation>Votre fichier d&apos;historique {path} ne peut pas être modifié ({reason})&#xa0;; les séances passées s&apos;affichent, mais les nouvelles ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>The disk that holds your history {path} is full: new sessions will not be saved until some room is freed.</source>
        <translation>Le disque qui contient votre historique {path} est plein&#xa0;: les nouvelles séances ne seront pas enregistrées tant que de la place n&apos;aura pas été libérée.</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>ce n&apos;est pas un fichier SQLite</translation>
    </message>
</context>
<context>
    <name>HistorySource</name>
    <message>
        <source>Your history is not open.</source>
        <translation>Votre historique n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the folder is read-only or not yours</source>
        <translation>le dossier est en lecture seule ou ne vous appartient pas</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>another copy of the app kept it busy for too long</source>
        <translation>une autre instance de l&apos;application l&apos;a occupé trop longtemps</translation>
    </message>
    <message>
        <source>the file cannot be created or opened there</source>
        <translation>le fichier ne peut être ni créé ni ouvert à cet endroit</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>The history {path} is closed.</source>
        <translation>L&apos;historique {path} est fermé.</translation>
    </message>
    <message>
        <source>The check-in was not saved: {reason}.</source>
        <translation>Le relevé de douleur n&apos;a pas été enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be written: {reason}.</source>
        <translation>Le fichier d&apos;historique {path} ne peut pas être modifié&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be written: {reason}.</source>
        <translation>Le fichier d&apos;historique {path} n&apos;a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {reason}.</source>
        <translation>Le fichier d&apos;historique {path} n&apos;a pas pu être lu&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Rien n&apos;a été exporté&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n séance exportée vers {path}.</numerusform>
            <numerusform>%n séances exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importer un historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>Lecture de {path}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} from {path} (%n were already here).</source>
        <translation>
            <numerusform>Import de {sessions} depuis {path} (%n déjà présente).</numerusform>
            <numerusform>Import de {sessions} depuis {path} (%n déjà présentes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path}.</source>
        <translation>
            <numerusform>%n séance importée depuis {path}.</numerusform>
            <numerusform>%n séances importées depuis {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No history yet</source>
        <translation>Pas encore d&apos;historique</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <source>Pain after each session (0 none, 10 worst)</source>
        <translation type="vanished">Douleur après séance (0 aucune, 10 la pire)</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="vanished">12 semaines</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation type="vanished">Afficher les 12 dernières semaines</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation>Afficher tout l&apos;historique</translation>
    </message>
    <message>
        <source>Pain before and after (0 none, 10 worst)</source>
        <translation>Douleur avant et après (0 aucune, 10 la pire)</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Alertes de sécurité</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Tendance de la douleur</translation>
    </message>
    <message>
        <source>Sessions of the chosen week</source>
        <translation>Séances de la semaine choisie</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="vanished">Importer…</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation type="vanished">Importer des séances depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">Exporter…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation type="vanished">Exporter l&apos;historique dans un fichier CSV</translation>
    </message>
    <message>
        <source>Your history cannot be written, so nothing can be imported.</source>
        <translation>Votre historique ne peut pas être modifié&#xa0;; rien ne peut donc être importé.</translation>
    </message>
    <message>
        <source>stopped early (beside, not counted)</source>
        <translation type="vanished">arrêtée avant la fin (à côté, non comptée)</translation>
    </message>
    <message>
        <source>stopped early (not counted)</source>
        <translation>écourtée (non comptée)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>tendance</translation>
    </message>
    <message>
        <source>safety flag</source>
        <translation>alerte de sécurité</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Your history is not available&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sessions still play from start to end, but they are not saved. The notice above says why.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Votre historique n&apos;est pas disponible&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les séances se déroulent toujours du début à la fin, mais elles ne sont pas enregistrées. Le message ci-dessus explique pourquoi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first session on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Pas encore de séance&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Commencez votre première séance dans l&apos;onglet &lt;b&gt;Séance&lt;/b&gt; (appuyez sur &lt;b&gt;Espace&lt;/b&gt;).&lt;br&gt;Chaque séance terminée apparaît ici, semaine après semaine, face à votre objectif de {goal} par semaine.&lt;/p&gt;&lt;p&gt;Vous venez d&apos;un autre ordinateur&#xa0;? Utilisez &lt;b&gt;Importer…&lt;/b&gt; avec le fichier CSV que vous y avez exporté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first routine on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Pas encore de séance&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Commencez votre premier programme dans l&apos;onglet &lt;b&gt;Séance&lt;/b&gt; (appuyez sur &lt;b&gt;Espace&lt;/b&gt;).&lt;br&gt;Chaque séance terminée apparaît ici, semaine après semaine, face à votre objectif de {goal} par semaine.&lt;/p&gt;&lt;p&gt;Vous venez d&apos;un autre ordinateur&#xa0;? Utilisez &lt;b&gt;Importer…&lt;/b&gt; avec le fichier CSV que vous y avez exporté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{trend} {rising}</source>
        <comment>two sentences about pain, one after the other</comment>
        <translation type="vanished">{trend} {rising}</translation>
    </message>
    <message>
        <source>finished, goal met ★</source>
        <translation>terminées, objectif atteint ★</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="vanished">écourtées</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>objectif&#xa0;: {goal} par semaine</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation>S&apos;applique au prochain démarrage de Piriformis Desktop.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
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
        <translation>Réglages</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Arrêter cette séance&#xa0;?</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as stopped early.</source>
        <translation type="vanished">Arrêter cette séance maintenant&#xa0;? Elle restera dans votre historique comme écourtée.</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as not completed.</source>
        <translation type="vanished">Arrêter cette séance maintenant&#xa0;? Elle restera dans votre historique comme non terminée.</translation>
    </message>
    <message>
        <source>What you have done so far is kept in your history.</source>
        <translation>Ce que vous avez fait jusqu&apos;ici est conservé dans votre historique.</translation>
    </message>
    <message>
        <source>Stop (Enter)</source>
        <translation>Arrêter (Entrée)</translation>
    </message>
    <message>
        <source>Keep going (Esc)</source>
        <translation>Continuer (Échap)</translation>
    </message>
    <message>
        <source>Keep reminders running?</source>
        <translation>Garder les rappels actifs&#xa0;?</translation>
    </message>
    <message>
        <source>Reminders are on. Keep Piriformis Desktop running in the system tray when this window is closed, so they can appear? (You can change this in settings.toml: close_to_tray.)</source>
        <translation>Les rappels sont activés. Laisser Piriformis Desktop fonctionner dans la zone de notification quand cette fenêtre est fermée, pour qu&apos;ils puissent s&apos;afficher&#xa0;? (Vous pouvez modifier ce choix dans settings.toml&#xa0;: close_to_tray.)</translation>
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
        <translation>Masquer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>Last 12 weeks, day by day</source>
        <translation type="vanished">12 dernières semaines, jour par jour</translation>
    </message>
    <message numerus="yes">
        <source>this week — goal of %n met ✓</source>
        <translation>
            <numerusform>cette semaine — objectif de %n atteint ✓</numerusform>
            <numerusform>cette semaine — objectif de %n atteint ✓</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {goal}</source>
        <translation>{done} sur {goal}</translation>
    </message>
    <message>
        <source>this week — goal met ✓</source>
        <translation>cette semaine — objectif atteint ✓</translation>
    </message>
    <message numerus="yes">
        <source>this week — %n to go</source>
        <translation type="vanished">
            <numerusform>cette semaine — encore %n à faire</numerusform>
            <numerusform>cette semaine — encore %n à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s), day by day</source>
        <translation>
            <numerusform>Dernière semaine, jour par jour</numerusform>
            <numerusform>%n dernières semaines, jour par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this week — %n more to reach your goal of {goal}</source>
        <translation>
            <numerusform>cette semaine — encore %n pour atteindre votre objectif de {goal}</numerusform>
            <numerusform>cette semaine — encore %n pour atteindre votre objectif de {goal}</numerusform>
        </translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Première semaine</translation>
    </message>
    <message>
        <source>welcome! Weeks at your goal count from here</source>
        <translation>bienvenue&#xa0;! Les semaines à l&apos;objectif comptent à partir d&apos;ici</translation>
    </message>
    <message>
        <source>in a row at your goal</source>
        <translation>d&apos;affilée à votre objectif</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>meilleure série</translation>
    </message>
    <message numerus="yes">
        <source>finished, %n stopped early</source>
        <translation>
            <numerusform>séances terminées, %n écourtée</numerusform>
            <numerusform>séances terminées, %n écourtées</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>séances terminées</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>d&apos;exercice</translation>
    </message>
    <message numerus="yes">
        <source>minute(s) exercised</source>
        <translation>
            <numerusform>minute d&apos;exercice</numerusform>
            <numerusform>minutes d&apos;exercice</numerusform>
        </translation>
    </message>
    <message>
        <source>last session</source>
        <translation>dernière séance</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <source>Your physiotherapist&apos;s next step</source>
        <translation>La prochaine étape de votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Take this step (Enter)</source>
        <translation>Passer à cette étape (Entrée)</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>Pas maintenant (Échap)</translation>
    </message>
    <message>
        <source>One step back? It stays within what {name} prescribed.</source>
        <translation>Un pas en arrière&#xa0;? Il reste dans les limites prescrites par {name}.</translation>
    </message>
    <message>
        <source>Ready for the next step? It stays within what {name} prescribed.</source>
        <translation>Prêt pour l&apos;étape suivante&#xa0;? Elle reste dans les limites prescrites par {name}.</translation>
    </message>
    <message>
        <source>One step back, within what {name} prescribed?</source>
        <translation type="vanished">Un pas en arrière, dans les limites prescrites par {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Ready for the next step {name} prescribed?</source>
        <translation type="vanished">Prêt pour l&apos;étape suivante prescrite par {name}&#xa0;?</translation>
    </message>
    <message>
        <source>{exercise}: from {reps_before} reps with a {hold_before} s hold to {reps} reps with a {hold} s hold. {reason}</source>
        <translation>{exercise}&#xa0;: de {reps_before} répétitions avec {hold_before} s de maintien à {reps} répétitions avec {hold} s. {reason}</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain after each session, 0 to 10</source>
        <translation type="vanished">Douleur après chaque séance, de 0 à 10</translation>
    </message>
    <message>
        <source>Pain before and after each session, 0 to 10</source>
        <translation>Douleur avant et après chaque séance, de 0 à 10</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} of 10</source>
        <translation>Douleur {score} sur 10</translation>
    </message>
</context>
<context>
    <name>PainTrend</name>
    <message>
        <source>Your pain scores have gone up over the last two weeks. It may be worth checking in with your physiotherapist.</source>
        <translation type="vanished">Vos scores de douleur ont augmenté ces deux dernières semaines. Il serait peut-être utile d&apos;en parler à votre kinésithérapeute.</translation>
    </message>
</context>
<context>
    <name>PhaseKind</name>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Allez-y</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintenez</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Revenez</translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="vanished">Relâchez</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Changez de jambe</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PlayerCard</name>
    <message>
        <source>1 second left</source>
        <translation type="vanished">Il reste 1&#xa0;seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation type="vanished">
            <numerusform>Il reste %n&#xa0;seconde</numerusform>
            <numerusform>Il reste %n&#xa0;secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain before this session (optional)</source>
        <translation>Douleur avant cette séance (facultatif)</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
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
    <name>PrescriptionBanner</name>
    <message>
        <source>Undo: back to my settings before</source>
        <translation>Annuler&#xa0;: revenir à mes réglages d&apos;avant</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Changed by you, not as prescribed: {settings}.</source>
        <translation>Modifié par vous, pas comme prescrit&#xa0;: {settings}.</translation>
    </message>
</context>
<context>
    <name>PrescriptionCommands</name>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} was not applied: your history cannot be written, so the prescription could not be kept. Nothing was changed.</source>
        <translation>{file} n&apos;a pas été appliqué&#xa0;: votre historique ne peut pas être écrit, la prescription ne pourrait donc pas être conservée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Prescription by {name}, issued {issued}:</source>
        <translation>Prescription de {name}, établie le {issued}&#xa0;:</translation>
    </message>
    <message>
        <source>  {key}: {before} -&gt; {after}</source>
        <translation>  {key}&#xa0;: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>  {key}: {value} (unchanged)</source>
        <translation>  {key}&#xa0;: {value} (inchangé)</translation>
    </message>
    <message>
        <source>{file} has keys this version does not use ({keys}); they were kept with the prescription and not applied.</source>
        <translation>{file} contient des clés que cette version n&apos;utilise pas ({keys})&#xa0;; elles ont été conservées avec la prescription et non appliquées.</translation>
    </message>
    <message>
        <source>Applied to {path}.</source>
        <translation>Appliqué à {path}.</translation>
    </message>
    <message>
        <source>no prescription is in force, so there is no one to name as its author; use File &gt; Save as prescription… in the window. Nothing was written.</source>
        <translation>aucune prescription n&apos;est en vigueur, il n&apos;y a donc personne à nommer comme auteur&#xa0;; utilisez Fichier &gt; Enregistrer comme prescription… dans la fenêtre. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} n&apos;a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Wrote the prescription to {path}.</source>
        <translation>Prescription écrite dans {path}.</translation>
    </message>
</context>
<context>
    <name>PrescriptionFile</name>
    <message>
        <source>{file}: these settings cannot be used together: {reason}.</source>
        <translation>{file}&#xa0;: ces réglages ne peuvent pas aller ensemble&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>{file} n&apos;a pas pu être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} KB, far more than a prescription needs; it was not read.</source>
        <translation>{file} dépasse {limit} Ko, bien plus qu&apos;une prescription n&apos;en demande&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>{file} is not a prescription: it is not text (UTF-8).</source>
        <translation>{file} n&apos;est pas une prescription&#xa0;: ce n&apos;est pas du texte (UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not a prescription: it is not valid TOML ({reason}).</source>
        <translation>{file} n&apos;est pas une prescription&#xa0;: ce n&apos;est pas du TOML valide ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}.</source>
        <translation>{file}&#xa0;: {key}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key}: {problem}.</source>
        <translation>{file}, ligne {line}&#xa0;: {key}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{file}: {problem}.</source>
        <translation>{file}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}.</source>
        <translation>{file}, ligne {line}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>this is not a prescription (a prescription says format = &quot;{format}&quot;)</source>
        <translation>ce n&apos;est pas une prescription (une prescription indique format = &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>un nombre entier était attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>this prescription is version {version}, written for a newer app; this app reads version {known}</source>
        <translation>cette prescription est en version {version}, écrite pour une application plus récente&#xa0;; cette application lit la version {known}</translation>
    </message>
    <message>
        <source>the review date is before the date issued</source>
        <translation>la date du bilan est antérieure à la date d&apos;établissement</translation>
    </message>
    <message>
        <source>expected a table per exercise</source>
        <translation>une table par exercice était attendue</translation>
    </message>
    <message>
        <source>no such exercise in this routine (it has {known})</source>
        <translation>cet exercice n&apos;existe pas dans ce programme (il a {known})</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>une table était attendue</translation>
    </message>
    <message>
        <source>{cap} is missing, and there is no {dose} to take it from</source>
        <translation>{cap} manque, et il n&apos;y a pas de {dose} d&apos;où le reprendre</translation>
    </message>
    <message>
        <source>the maximum {value} is below the prescribed {dose} of {given}</source>
        <translation>le maximum {value} est inférieur au {dose} prescrit de {given}</translation>
    </message>
    <message>
        <source>expected text in quotes, got {value}</source>
        <translation>un texte entre guillemets était attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>expected one line of at most {limit} characters</source>
        <translation>une ligne d&apos;au plus {limit} caractères était attendue</translation>
    </message>
    <message>
        <source>expected a date written 2026-12-01, got {value}</source>
        <translation>une date écrite 2026-12-01 était attendue, trouvé {value}</translation>
    </message>
</context>
<context>
    <name>PrescriptionPart</name>
    <message>
        <source>{exercise}: up to max {reps} reps and a {hold} s hold, {after} sessions at a dose with pain at most {ceiling} before a step</source>
        <translation>{exercise}&#xa0;: jusqu&apos;à max {reps} répétitions et {hold} s de maintien, {after} séances par dose avec une douleur d&apos;au plus {ceiling} avant une étape</translation>
    </message>
    <message>
        <source>Prescribed by {name} on {date}.</source>
        <translation>Prescrit par {name} le {date}.</translation>
    </message>
    <message>
        <source>Review by {date}.</source>
        <translation>Bilan à faire avant le {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Limits: {limits}.</source>
        <translation>Limites&#xa0;: {limits}.</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>step up</source>
        <translation>étape suivante</translation>
    </message>
    <message>
        <source>step back</source>
        <translation>retour d&apos;une étape</translation>
    </message>
    <message>
        <source>changed by the patient</source>
        <translation>modifié par le patient</translation>
    </message>
    <message>
        <source>{date}: {reps} × {hold} s (prescribed)</source>
        <translation>{date}&#xa0;: {reps} × {hold} s (prescrit)</translation>
    </message>
    <message>
        <source>{date}: {reps} × {hold} s ({kind})</source>
        <translation>{date}&#xa0;: {reps} × {hold} s ({kind})</translation>
    </message>
    <message>
        <source>{exercise}, dose over time: {changes}.</source>
        <translation>{exercise}, dose au fil du temps&#xa0;: {changes}.</translation>
    </message>
</context>
<context>
    <name>PrescriptionPresenter</name>
    <message>
        <source>From your physiotherapist: {note}</source>
        <translation>De votre kinésithérapeute&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{setting}: {value}, above the {limit} {name} prescribed.</source>
        <translation>{setting}&#xa0;: {value}, au-dessus des {limit} prescrits par {name}.</translation>
    </message>
    <message>
        <source>Go past the prescribed limit?</source>
        <translation>Dépasser la limite prescrite&#xa0;?</translation>
    </message>
    <message>
        <source>It will be marked as your own change, in Settings and in the report.</source>
        <translation>Ce sera indiqué comme votre propre modification, dans Réglages et dans le rapport.</translation>
    </message>
    <message>
        <source>Open prescription</source>
        <translation>Ouvrir une prescription</translation>
    </message>
    <message>
        <source>Prescriptions (*{suffix});;TOML files (*.toml)</source>
        <translation>Prescriptions (*{suffix});;Fichiers TOML (*.toml)</translation>
    </message>
    <message>
        <source>Prescription not applied</source>
        <translation>Prescription non appliquée</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Your history cannot be written, so the prescription could not be kept. Nothing was changed.</source>
        <translation>Votre historique ne peut pas être écrit, la prescription ne pourrait donc pas être conservée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new dose is saved; it applies from your next session.</source>
        <translation>La nouvelle dose est enregistrée&#xa0;; elle s&apos;applique dès votre prochaine séance.</translation>
    </message>
    <message>
        <source>The dose stays as it is.</source>
        <translation>La dose reste telle quelle.</translation>
    </message>
</context>
<context>
    <name>PrescriptionWords</name>
    <message>
        <source>Your history is not open.</source>
        <translation>Votre historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Changed by you in Settings.</source>
        <translation>Modifié par vous dans Réglages.</translation>
    </message>
    <message>
        <source>{exercise}: in the routine</source>
        <translation>{exercise}&#xa0;: dans le programme</translation>
    </message>
    <message>
        <source>{exercise}: reps each leg</source>
        <translation>{exercise}&#xa0;: répétitions par jambe</translation>
    </message>
    <message>
        <source>{exercise}: hold (seconds)</source>
        <translation>{exercise}&#xa0;: maintien (secondes)</translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="vanished">Quelle jambe d&apos;abord</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation type="vanished">Séances par semaine</translation>
    </message>
    <message>
        <source>Get ready (seconds)</source>
        <translation type="vanished">Se préparer (secondes)</translation>
    </message>
    <message>
        <source>Move into the hold (seconds)</source>
        <translation type="vanished">Aller dans la position (secondes)</translation>
    </message>
    <message>
        <source>Move back (seconds)</source>
        <translation type="vanished">Revenir (secondes)</translation>
    </message>
    <message>
        <source>Rest (seconds)</source>
        <translation type="vanished">Repos (secondes)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>jambe droite</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>jambe gauche</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>en alternance</translation>
    </message>
    <message>
        <source>Set by {name} on {date}.</source>
        <translation>Fixé par {name} le {date}.</translation>
    </message>
    <message>
        <source>The review was due on {date}: ask your physiotherapist.</source>
        <translation>Le bilan était prévu le {date}&#xa0;: demandez à votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>The review is due today ({date}).</source>
        <translation>Le bilan est prévu aujourd&apos;hui ({date}).</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Progress report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {first} to {end} (%n week(s))</source>
        <translation>
            <numerusform>{title}&#xa0;: du {first} au {end} (%n semaine)</numerusform>
            <numerusform>{title}&#xa0;: du {first} au {end} (%n semaines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: since {first}, %n week(s)</source>
        <translation>
            <numerusform>{title}&#xa0;: depuis le {first}, %n semaine</numerusform>
            <numerusform>{title}&#xa0;: depuis le {first}, %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Adherence: none yet; this week counts once it is over or its goal is met.</source>
        <translation>Assiduité&#xa0;: pas encore connue&#xa0;; cette semaine compte dès qu&apos;elle est terminée ou que son objectif est atteint.</translation>
    </message>
    <message numerus="yes">
        <source>Adherence since {first}: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation>
            <numerusform>Assiduité depuis le {first}&#xa0;: {percent}&#xa0;% des séances visées&#xa0;; objectif atteint {met} semaine sur %n.</numerusform>
            <numerusform>Assiduité depuis le {first}&#xa0;: {percent}&#xa0;% des séances visées&#xa0;; objectif atteint {met} semaines sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) finished and {stopped} stopped early in {weeks}.</source>
        <translation>
            <numerusform>%n séance terminée en {weeks} (séances écourtées&#xa0;: {stopped}).</numerusform>
            <numerusform>%n séances terminées en {weeks} (séances écourtées&#xa0;: {stopped}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n a week.</source>
        <translation>
            <numerusform>Objectif&#xa0;: %n séance par semaine.</numerusform>
            <numerusform>Objectif&#xa0;: %n séances par semaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation type="vanished">
            <numerusform>Assiduité&#xa0;: {percent}&#xa0;% des séances visées&#xa0;; semaines où l&apos;objectif a été atteint&#xa0;: {met} sur %n.</numerusform>
            <numerusform>Assiduité&#xa0;: {percent}&#xa0;% des séances visées&#xa0;; semaines où l&apos;objectif a été atteint&#xa0;: {met} sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine as currently set</source>
        <translation>Le programme tel qu&apos;il est réglé</translation>
    </message>
    <message>
        <source>{name}: {dose}</source>
        <translation>{name}&#xa0;: {dose}</translation>
    </message>
    <message>
        <source>{name}: not in the routine</source>
        <translation>{name}&#xa0;: hors du programme</translation>
    </message>
    <message>
        <source>{doses}. Each exercise on both legs; {start_side}. Tempo: move {move} s, move back {release} s; {rest} s rest between legs and exercises. A session takes {length}.</source>
        <translation>{doses}. Chaque exercice sur les deux jambes, {start_side}. Rythme&#xa0;: mouvement {move}&#xa0;s, retour {release}&#xa0;s&#xa0;; {rest}&#xa0;s de repos entre les jambes et entre les exercices. Une séance dure {length}.</translation>
    </message>
    <message>
        <source>Pain after sessions (0 no pain, 10 worst imaginable)</source>
        <translation type="vanished">Douleur après les séances (0 aucune douleur, 10 la pire imaginable)</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semaine par semaine</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Écourtées</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Pain (mean)</source>
        <translation type="vanished">Douleur (moy.)</translation>
    </message>
    <message>
        <source>Pain before (ring) and after (dot) sessions (0 no pain, 10 worst imaginable)</source>
        <translation>Douleur avant (cercle) et après (point) les séances (0 aucune douleur, 10 la pire imaginable)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Pain before → after (mean)</source>
        <translation>Douleur avant → après (moyenne)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Alertes de sécurité</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier flag(s) in this period, not listed.</source>
        <translation>
            <numerusform>%n alerte antérieure sur cette période, non listée.</numerusform>
            <numerusform>%n alertes antérieures sur cette période, non listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {flag}</source>
        <translation>{day}&#xa0;: {flag}</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s)</source>
        <translation>
            <numerusform>%n note antérieure</numerusform>
            <numerusform>%n notes antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from check-ins</source>
        <translation>Notes des relevés de douleur</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) in the exported history (File &gt; Export history).</source>
        <translation>
            <numerusform>%n note antérieure dans l&apos;historique exporté (Fichier &gt; Exporter l&apos;historique).</numerusform>
            <numerusform>%n notes antérieures dans l&apos;historique exporté (Fichier &gt; Exporter l&apos;historique).</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 [{where}] {note}</source>
        <translation>{day}&#xa0;: douleur {pain}/10 [{where}] {note}</translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 {note}</source>
        <translation>{day}&#xa0;: douleur {pain}/10 {note}</translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <translation>{day}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Recorded by the user with Piriformis Desktop, a guided home routine. Pain is self-rated on the 0-10 numeric rating scale after each session.</source>
        <translation>Données saisies par la personne elle-même avec Piriformis Desktop, un programme d&apos;exercices guidé à faire chez soi. La douleur est auto-évaluée sur l&apos;échelle numérique de 0 à 10 après chaque séance.</translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation>Imprimer le rapport de suivi</translation>
    </message>
    <message>
        <source>piriformis-desktop: --weeks must be 1 or more</source>
        <translation type="vanished">piriformis-desktop&#xa0;: --weeks doit valoir 1 ou plus</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %n week(s) ({sessions} in the history) to {path}.</source>
        <translation>
            <numerusform>Rapport de suivi sur %n semaine ({sessions} dans l&apos;historique) écrit dans {path}.</numerusform>
            <numerusform>Rapport de suivi sur %n semaines ({sessions} dans l&apos;historique) écrit dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangeButtons</name>
    <message>
        <source>Last 12 weeks</source>
        <translation type="obsolete">12 semaines</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation type="obsolete">Afficher les 12 dernières semaines</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation type="obsolete">Tout</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation type="obsolete">Afficher tout l&apos;historique</translation>
    </message>
</context>
<context>
    <name>RangeWords</name>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n week(s)</source>
        <translation>
            <numerusform>Afficher la dernière semaine</numerusform>
            <numerusform>Afficher les %n dernières semaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Piriformis Desktop</source>
        <translation>Ouvrir Piriformis Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>No system tray was found, so reminders cannot be shown.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée&#xa0;; les rappels ne peuvent donc pas s&apos;afficher.</translation>
    </message>
    <message>
        <source>Time for your piriformis routine</source>
        <translation>C&apos;est l&apos;heure de votre programme pour le piriforme</translation>
    </message>
    <message>
        <source>Tap here when you are on the mat; the session is ready to start.</source>
        <translation>Cliquez ici une fois sur le tapis&#xa0;; la séance est prête à commencer.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>expected a list of days like {example}, got {value}</source>
        <translation>liste de jours attendue, par exemple {example}&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>unknown day {day}; use {days}</source>
        <translation>jour inconnu {day}&#xa0;; utilisez {days}</translation>
    </message>
    <message>
        <source>expected a time like {example}, got {value}</source>
        <translation>heure attendue, par exemple {example}&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me on these days, unless I have already done the routine</source>
        <translation>Me le rappeler ces jours-là, sauf si j&apos;ai déjà fait le programme</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>Rappel le {day}</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>at</source>
        <comment>between the reminder days and the reminder time</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>Start Piriformis Desktop when I log in (so reminders can come)</source>
        <translation>Lancer Piriformis Desktop à la connexion (pour recevoir les rappels)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à la connexion</translation>
    </message>
    <message>
        <source>Why reminders are unavailable</source>
        <translation>Pourquoi les rappels ne sont pas disponibles</translation>
    </message>
</context>
<context>
    <name>ReviewDate</name>
    <message numerus="yes">
        <source>Review by {date} (in %n day(s)).</source>
        <translation>
            <numerusform>Bilan avant le {date} (dans %n jour).</numerusform>
            <numerusform>Bilan avant le {date} (dans %n jours).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Printed {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Votre programme</translation>
    </message>
    <message numerus="yes">
        <source>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n session(s) a week.</source>
        <translation>
            <numerusform>Chaque exercice sur les deux jambes, {start_side}. Rythme d&apos;une répétition&#xa0;: mouvement {move}&#xa0;s, maintien, retour {release}&#xa0;s. {ready}&#xa0;s de préparation avant chaque exercice, {rest}&#xa0;s de repos entre les jambes et entre les exercices. Une séance dure {length}. Objectif&#xa0;: %n séance par semaine.</numerusform>
            <numerusform>Chaque exercice sur les deux jambes, {start_side}. Rythme d&apos;une répétition&#xa0;: mouvement {move}&#xa0;s, maintien, retour {release}&#xa0;s. {ready}&#xa0;s de préparation avant chaque exercice, {rest}&#xa0;s de repos entre les jambes et entre les exercices. Une séance dure {length}. Objectif&#xa0;: %n séances par semaine.</numerusform>
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
        <translation>Position de départ&#xa0;: {position}</translation>
    </message>
    <message>
        <source>{side}:
{steps}</source>
        <translation>{side}&#xa0;:
{steps}</translation>
    </message>
    <message>
        <source>Then the same with your left leg (the mirror image).</source>
        <translation>Puis la même chose avec la jambe gauche (en miroir).</translation>
    </message>
    <message>
        <source>Then the same with your right leg (the mirror image).</source>
        <translation>Puis la même chose avec la jambe droite (en miroir).</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>Matériel&#xa0;: {equipment}</translation>
    </message>
    <message>
        <source>Not in your routine: {names}.</source>
        <translation>Hors de votre programme&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Based on {source} ({year}) by {authors}, {description}; instructions in our own words. {reconstructed}</source>
        <translation>D&apos;après {source} ({year}), conçu par {authors}, {description}&#xa0;; consignes rédigées avec nos propres mots. {reconstructed}</translation>
    </message>
    <message>
        <source>Your log: four weeks</source>
        <translation>Votre suivi sur quatre semaines</translation>
    </message>
    <message numerus="yes">
        <source>Tick each exercise on the days you do it; aim for %n session(s) a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</source>
        <translation>
            <numerusform>Cochez chaque exercice les jours où vous le faites&#xa0;; visez %n séance par semaine. Notez votre douleur de 0 (aucune douleur) à 10 (la pire imaginable) après chaque séance, et apportez cette fiche à votre kinésithérapeute.</numerusform>
            <numerusform>Cochez chaque exercice les jours où vous le faites&#xa0;; visez %n séances par semaine. Notez votre douleur de 0 (aucune douleur) à 10 (la pire imaginable) après chaque séance, et apportez cette fiche à votre kinésithérapeute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Douleur (0-10)</translation>
    </message>
    <message>
        <source>Week {number}  ·  from {date}  ·  sessions: ____ of {goal}</source>
        <translation>Semaine {number}  ·  à partir du {date}  ·  séances&#xa0;: ____ sur {goal}</translation>
    </message>
    <message>
        <source>Notes for my physiotherapist</source>
        <translation>Notes pour mon kinésithérapeute</translation>
    </message>
    <message>
        <source>Print routine sheet</source>
        <translation>Imprimer la fiche d&apos;exercices</translation>
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (A4).</source>
        <translation>Fiche d&apos;exercices écrite dans {path} (A4).</translation>
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (US Letter).</source>
        <translation>Fiche d&apos;exercices écrite dans {path} (Lettre US).</translation>
    </message>
</context>
<context>
    <name>SafetyFlag</name>
    <message>
        <source>Pain rose from {before} to {after} during this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation>La douleur est passée de {before} à {after} pendant cette séance. Arrêtez si les exercices aggravent votre douleur, et demandez l&apos;avis de votre kinésithérapeute avant la prochaine séance.</translation>
    </message>
    <message>
        <source>Pain was {after} of 10 after this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation>La douleur était de {after} sur 10 après cette séance. Arrêtez si les exercices aggravent votre douleur, et demandez l&apos;avis de votre kinésithérapeute avant la prochaine séance.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {recent} of 10 over the last 7 days, up from {earlier} in the 14 days before. Ask your physiotherapist before you go on with the routine.</source>
        <translation>La douleur après les séances était en moyenne de {recent} sur 10 ces 7 derniers jours, contre {earlier} les 14 jours précédents. Demandez l&apos;avis de votre kinésithérapeute avant de poursuivre le programme.</translation>
    </message>
    <message numerus="yes">
        <source>No session for %n day(s). Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</source>
        <translation>
            <numerusform>Aucune séance depuis %n jour. Reprenez en douceur, arrêtez si les exercices aggravent votre douleur, et demandez l&apos;avis de votre kinésithérapeute si votre douleur a changé.</numerusform>
            <numerusform>Aucune séance depuis %n jours. Reprenez en douceur, arrêtez si les exercices aggravent votre douleur, et demandez l&apos;avis de votre kinésithérapeute si votre douleur a changé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Got it: hide the safety points</source>
        <translation>Compris&#xa0;: masquer les consignes de sécurité</translation>
    </message>
    <message>
        <source>You can read them again under Help, About this routine, and on the printed sheet.</source>
        <translation>Vous les retrouverez dans Aide, À propos du programme, et sur la fiche imprimée.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save as prescription</source>
        <translation>Enregistrer comme prescription</translation>
    </message>
    <message>
        <source>Your name and practice</source>
        <translation>Votre nom et votre cabinet</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Bilan avant le</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Prescrit par</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>Remarque pour le patient</translation>
    </message>
    <message>
        <source>Limits and steps of each exercise (the dose is as set in Settings)</source>
        <translation>Limites et étapes de chaque exercice (la dose est celle des Réglages)</translation>
    </message>
    <message>
        <source>Max reps</source>
        <translation>Répétitions max</translation>
    </message>
    <message>
        <source>Max hold (s)</source>
        <translation>Maintien max (s)</translation>
    </message>
    <message>
        <source>Reps a step</source>
        <translation>Répétitions par étape</translation>
    </message>
    <message>
        <source>Hold a step (s)</source>
        <translation>Maintien par étape (s)</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Après séances</translation>
    </message>
    <message>
        <source>Pain at most</source>
        <translation>Douleur au plus</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Please write who prescribes (name and practice)</source>
        <translation>Indiquez qui prescrit (nom et cabinet)</translation>
    </message>
    <message>
        <source>Prescriptions (*{suffix})</source>
        <translation>Prescriptions (*{suffix})</translation>
    </message>
    <message>
        <source>Prescription not saved</source>
        <translation>Prescription non enregistrée</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} n&apos;a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>Keeping the screen awake needs Qt D-Bus, which is not available.</source>
        <translation>Pour garder l&apos;écran allumé, il faut Qt D-Bus, qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The screen may dim during a session: no desktop session bus was found.</source>
        <translation>L&apos;écran risque de s&apos;assombrir pendant une séance&#xa0;: aucun bus de session du bureau n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The screen may dim during a session: the desktop offers no screen-saver control.</source>
        <translation>L&apos;écran risque de s&apos;assombrir pendant une séance&#xa0;: le bureau ne permet pas de contrôler l&apos;économiseur d&apos;écran.</translation>
    </message>
    <message>
        <source>Exercise session in progress</source>
        <translation>Séance d&apos;exercices en cours</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Optional: type your pain now, 0 (none) to 10 (worst imaginable), before you press Space.</source>
        <translation>Facultatif&#xa0;: tapez maintenant votre niveau de douleur, de 0 (aucune) à 10 (la pire imaginable), avant d&apos;appuyer sur Espace.</translation>
    </message>
    <message>
        <source>Pain before this session: {pain} of 10 (type another number to change it).</source>
        <translation>Douleur avant cette séance&#xa0;: {pain} sur 10 (tapez un autre nombre pour la modifier).</translation>
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
    <message numerus="yes">
        <source>%n session(s) that had not reached your history (interrupted, or not saved when they ended) are now in it.</source>
        <translation>
            <numerusform>%n séance qui n&apos;avait pas atteint votre historique (interrompue, ou non enregistrée à la fin) s&apos;y trouve maintenant.</numerusform>
            <numerusform>%n séances qui n&apos;avaient pas atteint votre historique (interrompues, ou non enregistrées à la fin) s&apos;y trouvent maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session of {date} could not be saved when it ended; it is now in your history.</source>
        <translation>Votre séance du {date} n&apos;avait pas pu être enregistrée à la fin&#xa0;; elle figure maintenant dans votre historique.</translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as stopped early ({done} of %n exercise(s) done).</source>
        <translation>
            <numerusform>Votre séance du {date} a été interrompue avant la fin&#xa0;; elle est conservée dans votre historique comme écourtée (exercices faits&#xa0;: {done} sur %n).</numerusform>
            <numerusform>Votre séance du {date} a été interrompue avant la fin&#xa0;; elle est conservée dans votre historique comme écourtée (exercices faits&#xa0;: {done} sur %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as not completed ({done} of %n exercise(s) done).</source>
        <translation type="vanished">
            <numerusform>Votre séance du {date} a été interrompue avant la fin&#xa0;; elle est conservée dans votre historique comme non terminée (exercices faits&#xa0;: {done} sur %n).</numerusform>
            <numerusform>Votre séance du {date} a été interrompue avant la fin&#xa0;; elle est conservée dans votre historique comme non terminée (exercices faits&#xa0;: {done} sur %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of a session in progress {path} is damaged ({reason}) and could not be moved aside; it was left out of your history.</source>
        <translation>L&apos;enregistrement d&apos;une séance en cours {path} est endommagé ({reason}) et n&apos;a pas pu être mis de côté&#xa0;; il n&apos;a pas été ajouté à votre historique.</translation>
    </message>
    <message>
        <source>The record of a session in progress was damaged ({reason}); it was moved to {path} and left out of your history.</source>
        <translation>L&apos;enregistrement d&apos;une séance en cours était endommagé ({reason})&#xa0;; il a été déplacé vers {path} et n&apos;a pas été ajouté à votre historique.</translation>
    </message>
    <message>
        <source>it is not readable as a record ({reason})</source>
        <translation>il ne peut pas être lu comme un enregistrement ({reason})</translation>
    </message>
    <message>
        <source>{column}: {value} is before the start</source>
        <translation>{column}&#xa0;: {value} est antérieur au début</translation>
    </message>
    <message>
        <source>{column}: missing</source>
        <translation>{column}&#xa0;: absent</translation>
    </message>
    <message>
        <source>{column}: {value} is more than {limit}</source>
        <translation>{column}&#xa0;: {value} dépasse {limit}</translation>
    </message>
    <message>
        <source>{column}: expected the process that plays the session, got {value}</source>
        <translation>{column}&#xa0;: le processus qui joue la séance était attendu, reçu {value}</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Session saved to your history.</source>
        <translation>Séance enregistrée dans votre historique.</translation>
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above). It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation>Cette séance n&apos;a pas pu être enregistrée&#xa0;: votre historique n&apos;est pas disponible (voir le message ci-dessus). Elle est conservée sur le disque et rejoindra votre historique dès que celui-ci pourra être ouvert.</translation>
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above).</source>
        <translation>Cette séance n&apos;a pas pu être enregistrée&#xa0;: votre historique n&apos;est pas disponible (voir le message ci-dessus).</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason} It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation>Cette séance n&apos;a pas pu être enregistrée&#xa0;: {reason} Elle est conservée sur le disque et rejoindra votre historique dès que celui-ci pourra être ouvert.</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason}</source>
        <translation>Cette séance n&apos;a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>{column}: expected a date and time with a time zone, got {value}</source>
        <translation>{column}&#xa0;: date et heure avec fuseau horaire attendues&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a calendar date, got {value}</source>
        <translation>{column}&#xa0;: date du calendrier attendue&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a number of seconds, 0 or more, got {value}</source>
        <translation>{column}&#xa0;: nombre de secondes attendu, 0 ou plus&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>{column}&#xa0;: true ou false attendu&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, 0 or more, got {value}</source>
        <translation>{column}&#xa0;: nombre entier attendu, 0 ou plus&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: {done} is more than {total_column} ({total})</source>
        <translation>{column}&#xa0;: {done} dépasse {total_column} ({total})</translation>
    </message>
    <message>
        <source>{column}: expected &quot;right&quot; or &quot;left&quot;, got {value}</source>
        <translation>{column}&#xa0;: &quot;right&quot; ou &quot;left&quot; attendu&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a table of settings, got {value}</source>
        <translation>{column}&#xa0;: table de réglages attendue&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a date from {first} to {last}, got {value}</source>
        <translation>{column}&#xa0;: date de {first} à {last} attendue&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is before {start_column} ({start})</source>
        <translation>{column}&#xa0;: {value} est antérieur à {start_column} ({start})</translation>
    </message>
    <message>
        <source>{column}: {value} is more than a day from the day of {start_column} ({start})</source>
        <translation>{column}&#xa0;: {value} est à plus d&apos;un jour du jour de {start_column} ({start})</translation>
    </message>
    <message>
        <source>{column}: expected at most {limit} seconds (a day), got {value}</source>
        <translation>{column}&#xa0;: au plus {limit} secondes (un jour) attendues&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to {most} (the exercises in the routine), got {value}</source>
        <translation>{column}&#xa0;: nombre entier de 0 à {most} attendu (les exercices du programme)&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to 10, or nothing, got {value}</source>
        <translation>{column}&#xa0;: nombre entier de 0 à 10 attendu, ou rien&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected some of {places}, got {value}</source>
        <translation>{column}&#xa0;: une ou plusieurs valeurs parmi {places} attendues&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{column}: expected text of at most {limit} characters</source>
        <translation>{column}&#xa0;: texte de {limit}&#xa0;caractères au plus attendu</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <source>Sessions finished in each of the last weeks, oldest first: {counts}. Goal: {goal} a week.</source>
        <translation>Séances terminées au cours de chacune des dernières semaines, de la plus ancienne à la plus récente&#xa0;: {counts}. Objectif&#xa0;: {goal} par semaine.</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a range of years under the chart</comment>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>SettingWords</name>
    <message>
        <source>Which leg goes first</source>
        <translation>Quelle jambe commence</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation>Préparation avant chaque exercice</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>Mise en position</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Retour à la position de départ</translation>
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation>Repos entre les exercices et les jambes</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{key}: expected &quot;right&quot;, &quot;left&quot; or &quot;alternate&quot;, got {value}</source>
        <translation type="vanished">{key}&#xa0;: &quot;right&quot;, &quot;left&quot; ou &quot;alternate&quot; attendu&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{key}: expected one of {choices}, got {value}</source>
        <translation>{key}&#xa0;: une valeur parmi {choices} attendue&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{key}: {problem}</source>
        <translation>{key}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{key}: expected &quot;ask&quot;, &quot;tray&quot; or &quot;quit&quot;, got {value}</source>
        <translation type="vanished">{key}&#xa0;: &quot;ask&quot;, &quot;tray&quot; ou &quot;quit&quot; attendu&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{key}: expected true or false, got {value}</source>
        <translation>{key}&#xa0;: true ou false attendu&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{key}: expected a table per exercise, got {value}</source>
        <translation>{key}&#xa0;: une table par exercice attendue&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{key}: no such exercise (kept in the file, not used)</source>
        <translation>{key}&#xa0;: exercice inconnu (conservé dans le fichier, non utilisé)</translation>
    </message>
    <message>
        <source>{key}: expected a table, got {value}</source>
        <translation>{key}&#xa0;: table attendue&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{key}: every exercise was switched off; all are switched back on</source>
        <translation>{key}&#xa0;: tous les exercices étaient désactivés&#xa0;; ils sont tous réactivés</translation>
    </message>
    <message>
        <source>{key}: expected a whole number from {low} to {high}, got {value}</source>
        <translation>{key}&#xa0;: nombre entier de {low} à {high} attendu&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{key}: must be from {low} to {high}, got {value}</source>
        <translation>{key}&#xa0;: doit être compris entre {low} et {high}&#xa0;; valeur reçue&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the file is larger than {limit} KB</source>
        <translation>le fichier dépasse {limit}&#xa0;Ko</translation>
    </message>
    <message>
        <source>Your settings file {path} is larger than {limit} KB, far more than settings need, so it was not read and is kept as it is. The defaults are used for now, and changes you make apply only until you quit. Shorten or remove the file to have your settings saved again.</source>
        <translation>Votre fichier de réglages {path} dépasse {limit}&#xa0;Ko, bien plus que n&apos;en demandent des réglages&#xa0;: il n&apos;a donc pas été lu et reste tel quel. Les valeurs par défaut s&apos;appliquent pour l&apos;instant, et vos modifications ne valent que jusqu&apos;à ce que vous quittiez l&apos;application. Raccourcissez ou supprimez le fichier pour que vos réglages soient de nouveau enregistrés.</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Your settings could not be read ({problem}); the defaults are used for now.</source>
        <translation>Vos réglages n&apos;ont pas pu être lus ({problem})&#xa0;; les valeurs par défaut sont utilisées pour l&apos;instant.</translation>
    </message>
    <message>
        <source>the file is not text (UTF-8)</source>
        <translation>le fichier n&apos;est pas du texte (UTF-8)</translation>
    </message>
    <message>
        <source>the file is not valid TOML ({reason})</source>
        <translation>le fichier n&apos;est pas du TOML valide ({reason})</translation>
    </message>
    <message>
        <source>Your settings file has keys this version does not use ({keys}); they are kept in the file as they are.</source>
        <translation>Votre fichier de réglages contient des clés que cette version n&apos;utilise pas ({keys})&#xa0;; elles sont conservées telles quelles dans le fichier.</translation>
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original is kept at {path}.</source>
        <translation>Votre fichier de réglages comportait des erreurs ({problems})&#xa0;; ces réglages reprennent leur valeur par défaut. L&apos;original est conservé sous {path}.</translation>
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original file was left as it was.</source>
        <translation>Votre fichier de réglages comportait des erreurs ({problems})&#xa0;; ces réglages reprennent leur valeur par défaut. Le fichier d&apos;origine a été laissé tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} et %n autre</numerusform>
            <numerusform>{first} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Your settings were not saved: {path} is larger than {limit} KB, so it is kept as it is.</source>
        <translation>Vos réglages n&apos;ont pas été enregistrés&#xa0;: {path} dépasse {limit}&#xa0;Ko, il reste donc tel quel.</translation>
    </message>
    <message>
        <source>Your settings were not saved: with them, {path} would be larger than {limit} KB.</source>
        <translation>Vos réglages n&apos;ont pas été enregistrés&#xa0;: avec eux, {path} dépasserait {limit}&#xa0;Ko.</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}: {reason}.</source>
        <translation>Vos réglages n&apos;ont pas pu être enregistrés dans {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>Settings notice</source>
        <translation>Avis sur les réglages</translation>
    </message>
    <message>
        <source>Right leg first</source>
        <translation>Jambe droite d&apos;abord</translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation>Jambe gauche d&apos;abord</translation>
    </message>
    <message>
        <source>Alternate each session</source>
        <translation>Alterner à chaque séance</translation>
    </message>
    <message>
        <source>Which leg starts</source>
        <translation>Jambe qui commence</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="vanished">Jambe de départ</translation>
    </message>
    <message>
        <source>Exercises (each leg gets the same)</source>
        <translation>Exercices (identiques pour chaque jambe)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Reps each leg</source>
        <translation>Répétitions par jambe</translation>
    </message>
    <message>
        <source>Hold (0: no pause)</source>
        <translation type="vanished">Maintien (0&#xa0;: sans pause)</translation>
    </message>
    <message>
        <source>Hold (0: none)</source>
        <translation>Maintien (0&#xa0;: aucun)</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>Inclure {exercise}</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>{exercise}: repetitions each leg</source>
        <translation>{exercise}&#xa0;: répétitions par jambe</translation>
    </message>
    <message>
        <source>{exercise}: hold seconds</source>
        <translation>{exercise}&#xa0;: secondes de maintien</translation>
    </message>
    <message>
        <source>Exercise error</source>
        <translation>Erreur sur les exercices</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation type="vanished">Préparation avant chaque exercice</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation type="vanished">Mise en position</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation type="vanished">Retour</translation>
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation type="vanished">Repos entre les exercices et les jambes</translation>
    </message>
    <message>
        <source>Goal, sound and look</source>
        <translation type="vanished">Objectif, son et apparence</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation type="vanished">
            <numerusform>%n séance par semaine</numerusform>
            <numerusform>%n séances par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="vanished">Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation type="vanished">Signaux sonores (tic-tac des dernières secondes d&apos;un maintien, carillons)</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="vanished">Signaux sonores</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation type="vanished">Volume des signaux</translation>
    </message>
    <message>
        <source>Voice prompts (&quot;Hold&quot;, &quot;Switch to your left leg&quot;)</source>
        <translation type="vanished">Annonces vocales («&#xa0;Maintenez&#xa0;», «&#xa0;Passez à la jambe gauche&#xa0;»)</translation>
    </message>
    <message>
        <source>Voice prompts</source>
        <translation type="vanished">Annonces vocales</translation>
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation type="vanished">Pourquoi le son n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="vanished">Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="vanished">Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="vanished">Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="vanished">Contraste élevé</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="vanished">Thème de couleurs</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Langue</translation>
    </message>
    <message>
        <source>Show the settings file</source>
        <translation>Afficher le fichier des réglages</translation>
    </message>
    <message>
        <source>Defaults restored.</source>
        <translation>Valeurs par défaut rétablies.</translation>
    </message>
    <message>
        <source>Your settings are back as they were.</source>
        <translation>Vos réglages sont revenus à leur état précédent.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation type="vanished">S&apos;applique au prochain démarrage de Piriformis Desktop.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="vanished">Volume</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="vanished">Couleurs</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Durée d&apos;une séance</translation>
    </message>
    <message>
        <source>A session is running: changes apply to your next session.</source>
        <translation>Une séance est en cours&#xa0;: les modifications s&apos;appliqueront à la prochaine séance.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo restore defaults</source>
        <translation>Annuler le rétablissement des valeurs par défaut</translation>
    </message>
    <message>
        <source>Defaults restored to {path}.</source>
        <translation type="vanished">Valeurs par défaut rétablies dans {path}.</translation>
    </message>
    <message>
        <source>Your settings are back to {path}.</source>
        <translation type="vanished">Vos réglages précédents sont rétablis dans {path}.</translation>
    </message>
    <message>
        <source>Keep at least one exercise in your routine.</source>
        <translation>Gardez au moins un exercice dans votre programme.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="vanished">Enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Non modifié&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{problem} They apply until you quit.</source>
        <translation>{problem} Ils s&apos;appliquent jusqu&apos;à ce que vous quittiez l&apos;application.</translation>
    </message>
    <message>
        <source>A session takes {length}</source>
        <translation>Une séance dure {length}</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
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
        <source>Safety flag</source>
        <translation>Alerte de sécurité</translation>
    </message>
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
        <translation>Séance terminée. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Session stopped early</source>
        <translation>Séance écourtée</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="vanished">Séance arrêtée</translation>
    </message>
    <message>
        <source>Active time: {time}
Exercises done: {done} of {total}</source>
        <translation>Temps actif&#xa0;: {time}
Exercices faits&#xa0;: {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>WeekDetail</name>
    <message>
        <source>This week of {day}: no sessions yet.</source>
        <translation>Semaine du {day} (en cours)&#xa0;: pas encore de séance.</translation>
    </message>
    <message>
        <source>Week of {day}: no sessions.</source>
        <translation>Semaine du {day}&#xa0;: aucune séance.</translation>
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
            <numerusform>Semaine du {day} (en cours) — terminées&#xa0;: {done} sur {goal}, objectif atteint ★, %n écourtée</numerusform>
            <numerusform>Semaine du {day} (en cours) — terminées&#xa0;: {done} sur {goal}, objectif atteint ★, %n écourtées</numerusform>
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation>Semaine du {day} (en cours) — terminées&#xa0;: {done} sur {goal}, objectif atteint ★</translation>
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>Semaine du {day} (en cours) — terminées&#xa0;: {done} sur {goal}, %n écourtée</numerusform>
            <numerusform>Semaine du {day} (en cours) — terminées&#xa0;: {done} sur {goal}, %n écourtées</numerusform>
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished</source>
        <translation>Semaine du {day} (en cours) — terminées&#xa0;: {done} sur {goal}</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>Semaine du {day} — terminées&#xa0;: {done} sur {goal}, objectif atteint ★, %n écourtée</numerusform>
            <numerusform>Semaine du {day} — terminées&#xa0;: {done} sur {goal}, objectif atteint ★, %n écourtées</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation>Semaine du {day} — terminées&#xa0;: {done} sur {goal}, objectif atteint ★</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>Semaine du {day} — terminées&#xa0;: {done} sur {goal}, %n écourtée</numerusform>
            <numerusform>Semaine du {day} — terminées&#xa0;: {done} sur {goal}, %n écourtées</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished</source>
        <translation>Semaine du {day} — terminées&#xa0;: {done} sur {goal}</translation>
    </message>
    <message>
        <source>left leg first</source>
        <translation>jambe gauche en premier</translation>
    </message>
    <message>
        <source>right leg first</source>
        <translation>jambe droite en premier</translation>
    </message>
    <message>
        <source>• {when}, {clock}: finished, {minutes} min, {side}</source>
        <translation>• {when}, {clock}&#xa0;: terminée, {minutes}&#xa0;min, {side}</translation>
    </message>
    <message>
        <source>• {when}, {clock}: stopped early after {done} of {total} exercises, {minutes} min, {side}</source>
        <translation>• {when}, {clock}&#xa0;: écourtée (exercices faits&#xa0;: {done} sur {total}), {minutes}&#xa0;min, {side}</translation>
    </message>
    <message>
        <source>{session}; {dose}</source>
        <translation>{session}&#xa0;; {dose}</translation>
    </message>
    <message>
        <source>{session}; {pain}</source>
        <translation>{session}&#xa0;; {pain}</translation>
    </message>
    <message>
        <source>{session}; note: “{note}”</source>
        <translation>{session}&#xa0;; note&#xa0;: «&#xa0;{note}&#xa0;»</translation>
    </message>
    <message>
        <source>{reps} × {hold} s</source>
        <comment>reps of an exercise times its hold</comment>
        <translation>{reps} × {hold}&#xa0;s</translation>
    </message>
    <message>
        <source>dose {doses}</source>
        <translation>dose {doses}</translation>
    </message>
    <message>
        <source>pain {before} → {after} of 10</source>
        <translation>douleur {before} → {after} sur 10</translation>
    </message>
    <message>
        <source>pain after {after} of 10</source>
        <translation>douleur après {after} sur 10</translation>
    </message>
    <message>
        <source>pain before {before} of 10</source>
        <translation>douleur avant {before} sur 10</translation>
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
            <numerusform>%n répétition par jambe, maintien {hold}&#xa0;s</numerusform>
            <numerusform>%n répétitions par jambe, maintien {hold}&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg, no hold</source>
        <translation>
            <numerusform>%n répétition par jambe, sans maintien</numerusform>
            <numerusform>%n répétitions par jambe, sans maintien</numerusform>
        </translation>
    </message>
    <message>
        <source>alternate the starting leg each session</source>
        <translation>en alternant la jambe de départ à chaque séance</translation>
    </message>
    <message>
        <source>start with the left leg</source>
        <translation>en commençant par la jambe gauche</translation>
    </message>
    <message>
        <source>start with the right leg</source>
        <translation>en commençant par la jambe droite</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n&#xa0;minute</numerusform>
            <numerusform>%n&#xa0;minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>fesse</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>cuisse</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>No pain check-ins yet: after a session, note how much it hurts to see a trend here.</source>
        <translation>Aucun relevé de douleur pour l&apos;instant&#xa0;: après une séance, notez votre douleur pour voir apparaître ici une tendance.</translation>
    </message>
    <message>
        <source>Not enough check-ins yet for a trend ({count} of the {needed} needed).</source>
        <translation>Pas encore assez de relevés pour dégager une tendance ({count} sur les {needed} nécessaires).</translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): too early to tell until they span at least a week.</source>
        <translation>
            <numerusform>Tendance de la douleur sur %n relevé&#xa0;: trop tôt pour conclure tant que les relevés ne couvrent pas au moins une semaine.</numerusform>
            <numerusform>Tendance de la douleur sur %n relevés&#xa0;: trop tôt pour conclure tant que les relevés ne couvrent pas au moins une semaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, lower than at the start ({start}).</source>
        <translation>
            <numerusform>Tendance de la douleur sur %n relevé&#xa0;: environ {now} sur 10 actuellement, plus basse qu&apos;au début ({start}).</numerusform>
            <numerusform>Tendance de la douleur sur %n relevés&#xa0;: environ {now} sur 10 actuellement, plus basse qu&apos;au début ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly lower than at the start ({start}).</source>
        <translation>
            <numerusform>Tendance de la douleur sur %n relevé&#xa0;: environ {now} sur 10 actuellement, un peu plus basse qu&apos;au début ({start}).</numerusform>
            <numerusform>Tendance de la douleur sur %n relevés&#xa0;: environ {now} sur 10 actuellement, un peu plus basse qu&apos;au début ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly higher than at the start ({start}).</source>
        <translation>
            <numerusform>Tendance de la douleur sur %n relevé&#xa0;: environ {now} sur 10 actuellement, un peu plus élevée qu&apos;au début ({start}).</numerusform>
            <numerusform>Tendance de la douleur sur %n relevés&#xa0;: environ {now} sur 10 actuellement, un peu plus élevée qu&apos;au début ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, higher than at the start ({start}).</source>
        <translation>
            <numerusform>Tendance de la douleur sur %n relevé&#xa0;: environ {now} sur 10 actuellement, plus élevée qu&apos;au début ({start}).</numerusform>
            <numerusform>Tendance de la douleur sur %n relevés&#xa0;: environ {now} sur 10 actuellement, plus élevée qu&apos;au début ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, the same as at the start.</source>
        <translation>
            <numerusform>Tendance de la douleur sur %n relevé&#xa0;: environ {now} sur 10 actuellement, comme au début.</numerusform>
            <numerusform>Tendance de la douleur sur %n relevés&#xa0;: environ {now} sur 10 actuellement, comme au début.</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}; {item}</source>
        <comment>a list so far, then one more item after a semicolon</comment>
        <translation>{list}&#xa0;; {item}</translation>
    </message>
</context>
</TS>
