<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="34"/>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="35"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="45"/>
        <source>Choose a new passphrase for this vault. The old one stops working at once with this vault&apos;s key file (a copy of the key file made before still opens it with the old one: use File, Re-encrypt with a new key, if someone may have such a copy); your printed recovery code keeps working.</source>
        <translation>Choisissez une nouvelle phrase secrète pour ce coffre. L’ancienne cesse aussitôt de fonctionner avec le fichier de clés actuel de ce coffre (une copie du fichier de clés faite auparavant l’ouvre toujours avec l’ancienne : utilisez Fichier, Rechiffrer avec une nouvelle clé, si quelqu’un peut avoir une telle copie) ; votre code de récupération imprimé continue de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="46"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="51"/>
        <source>Repeat new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="55"/>
        <source>Changing the passphrase</source>
        <translation>Changement de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="59"/>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="64"/>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="65"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="67"/>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="71"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="73"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="87"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="132"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="135"/>
        <source>Counts of cases in this vault. Deleted cases are not counted. No names or other personal details are shown here.</source>
        <translation>Nombre de dossiers dans ce coffre. Les dossiers supprimés ne sont pas comptés. Aucun nom ni autre détail personnel n’est affiché ici.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="142"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="148"/>
        <source>Counting</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="150"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="151"/>
        <source>Refresh dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="152"/>
        <source>Statistics &amp;report (PDF)…</source>
        <translation>&amp;Rapport statistique (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="153"/>
        <source>Save a statistics report as PDF</source>
        <translation>Enregistrer un rapport statistique en PDF</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="155"/>
        <source>Cases by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="156"/>
        <source>New cases per month</source>
        <translation>Nouveaux dossiers par mois</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="157"/>
        <source>Screening and clearance</source>
        <translation>Vérification et validation</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="158"/>
        <source>Cases by country</source>
        <translation>Dossiers par pays</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="184"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="208"/>
        <source>%1 cases in the vault.</source>
        <translation>Dossiers dans le coffre : %1.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="211"/>
        <source>Number of cases in each status.</source>
        <translation>Nombre de dossiers dans chaque statut.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="216"/>
        <source>Cases created in each of the last 12 months.</source>
        <translation>Dossiers créés au cours de chacun des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="217"/>
        <source>Month, %1 to %2</source>
        <translation>Mois, de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="224"/>
        <source>Cleared</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="225"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="226"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="227"/>
        <source>Not screened</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="230"/>
        <source>Cleared: enough independent signed evaluations, all positive. Blocked: a signed “not cleared”. Pending: screening under way. Not screened: no signed evaluation yet.</source>
        <translation>Validé : assez d’évaluations signées indépendantes, toutes positives. Bloqué : un « non validé » signé. En attente : vérification en cours. Non vérifié : pas encore d’évaluation signée.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="237"/>
        <source>Number of cases in each current country.</source>
        <translation>Nombre de dossiers dans chaque pays actuel.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="242"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="247"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="257"/>
        <source>statistics.pdf</source>
        <translation>statistiques.pdf</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="263"/>
        <source>Could not write the PDF there. Choose another place.</source>
        <translation>Impossible d’écrire le PDF à cet endroit. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="265"/>
        <source>Report saved.</source>
        <translation>Rapport enregistré.</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Print a statistics report</source>
        <translation>Imprimer un rapport statistique</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the vault.</source>
        <translation>
            <numerusform>%n dossier dans le coffre.</numerusform>
            <numerusform>%n dossiers dans le coffre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestroyedView</name>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="33"/>
        <location filename="../../src/casevault/gui/safety_actions.py" line="37"/>
        <source>Vault destroyed</source>
        <translation>Coffre détruit</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="64"/>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="65"/>
        <source>Case dossier for a lawyer</source>
        <translation>Récapitulatif du dossier pour un avocat</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="70"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="71"/>
        <source>Include the &amp;contact channel</source>
        <translation>Inclure le moyen de &amp;contact</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="72"/>
        <source>Include the contact channel</source>
        <translation>Inclure le moyen de contact</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="74"/>
        <source>Off by default: the contact channel is the most sensitive field.</source>
        <translation>Désactivé par défaut : le moyen de contact est le champ le plus sensible.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="80"/>
        <source>Preparing the dossier</source>
        <translation>Préparation du récapitulatif</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="82"/>
        <source>Dossier preview</source>
        <translation>Aperçu du récapitulatif</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="86"/>
        <source>Dossier status</source>
        <translation>État du récapitulatif</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="89"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="91"/>
        <source>Save the dossier as PDF</source>
        <translation>Enregistrer le récapitulatif en PDF</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="93"/>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="94"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="136"/>
        <source>dossier.pdf</source>
        <translation>recapitulatif.pdf</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="143"/>
        <source>Could not write the PDF there. Choose another place.</source>
        <translation>Impossible d’écrire le PDF à cet endroit. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="145"/>
        <source>Dossier saved. Remember: the file is not encrypted.</source>
        <translation>Récapitulatif enregistré. Rappel : le fichier n’est pas chiffré.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>Imprimer le récapitulatif</translation>
    </message>
</context>
<context>
    <name>DossierReport</name>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="23"/>
        <source>Cleared</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="24"/>
        <source>Not cleared</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="25"/>
        <source>Inconclusive</source>
        <translation>Non concluante</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="28"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="29"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="30"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="33"/>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="34"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="35"/>
        <source>open-source check</source>
        <translation>vérification en sources ouvertes</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="36"/>
        <source>references</source>
        <translation>références</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="37"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="40"/>
        <source>Cleared: independent signed evaluations agree, none negative.</source>
        <translation>Validé : les évaluations signées indépendantes concordent, aucune négative.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="43"/>
        <source>Not cleared: a signed evaluation is negative.</source>
        <translation>Non validé : une évaluation signée est négative.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="44"/>
        <source>Screening not complete.</source>
        <translation>Vérification non terminée.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="80"/>
        <source>Name (Cyrillic)</source>
        <translation>Nom (cyrillique)</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="84"/>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="86"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="88"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="91"/>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="93"/>
        <source>Service</source>
        <translation>Armée</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="96"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="97"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="99"/>
        <source>Call-up date</source>
        <translation>Date de mobilisation</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="102"/>
        <source>Proof of call-up</source>
        <translation>Preuve de mobilisation</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="103"/>
        <location filename="../../src/casevault/gui/dossier_report.py" line="118"/>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="105"/>
        <source>Current country</source>
        <translation>Pays actuel</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="106"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="108"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="110"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="111"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="116"/>
        <source>Contact channel</source>
        <translation>Moyen de contact</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="121"/>
        <location filename="../../src/casevault/gui/dossier_report.py" line="188"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="129"/>
        <source>No events recorded.</source>
        <translation>Aucun événement enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="137"/>
        <location filename="../../src/casevault/gui/dossier_report.py" line="179"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="138"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="139"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="150"/>
        <source>Draft: not signed, does not count</source>
        <translation>Brouillon : non signé, ne compte pas</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="152"/>
        <source>Signature does NOT verify: do not rely on it</source>
        <translation>La signature n’est PAS vérifiée : ne vous y fiez pas</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="156"/>
        <source>Signed; replaced by a later correction</source>
        <translation>Signée ; remplacée par une correction ultérieure</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="157"/>
        <source>Signed; signature verified</source>
        <translation>Signée ; signature vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="164"/>
        <source>No evaluations yet.</source>
        <translation>Pas encore d’évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="172"/>
        <source>unknown evaluator</source>
        <translation>évaluateur inconnu</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="180"/>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="181"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="182"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="183"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="185"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="197"/>
        <source>Case dossier: %1</source>
        <translation>Récapitulatif du dossier : %1</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="198"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="202"/>
        <source>Prepared by %1 on %2 from CaseVault. Case id %3.</source>
        <translation>Préparé par %1 le %2 depuis CaseVault. Numéro du dossier : %3.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="209"/>
        <source>Screening outcome</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="210"/>
        <source>Person and service</source>
        <translation>Personne et service</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="211"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="212"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="159"/>
        <source>Signed; does NOT count towards clearance: %1</source>
        <translation>Signée ; ne compte PAS pour la validation : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casevault/gui/main_window.py" line="90"/>
        <source>Case d&amp;ossier for a lawyer (PDF)…</source>
        <translation>Récapitulatif du dossier pour un &amp;avocat (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/main_window.py" line="203"/>
        <source>Select a case in the list first.</source>
        <translation>Sélectionnez d’abord un dossier dans la liste.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="93"/>
        <source>Too many wrong passphrases. As set in this vault&apos;s options, its keys were destroyed: it can never be opened again.</source>
        <translation>Trop de phrases secrètes incorrectes. Comme réglé dans les options de ce coffre, ses clés ont été détruites : il ne pourra plus jamais être ouvert.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="99"/>
        <source>Choose a number between %1 and %2.</source>
        <translation>Choisissez un nombre entre %1 et %2.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="57"/>
        <source>This passphrase is too easy to guess (a well-known password, a single word or a keyboard pattern). Use four or more random words that mean nothing together.</source>
        <translation>Cette phrase secrète est trop facile à deviner (un mot de passe connu, un seul mot ou un motif du clavier). Utilisez quatre mots au hasard ou plus, sans lien entre eux.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="82"/>
        <source>This vault was destroyed (panic): its keys are gone, so nobody can open it any more, not even with the passphrase or the recovery code. It is not damaged; this is what the panic action does.</source>
        <translation>Ce coffre a été détruit (panique) : ses clés n’existent plus, donc personne ne peut plus l’ouvrir, ni avec la phrase secrète ni avec le code de récupération. Il n’est pas endommagé : c’est ce que fait l’action de panique.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="88"/>
        <source>Panic could NOT delete every copy of the key file: %1 remain in the vault folder. Delete them by any means you have, or destroy the disk.</source>
        <translation>La panique n’a PAS pu supprimer toutes les copies du fichier de clés : %1 restent dans le répertoire du coffre. Supprimez-les par tous les moyens dont vous disposez, ou détruisez le disque.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="120"/>
        <source>The passphrase did not open the vault, and the vault&apos;s key file has changed since the last unlock (replaced or edited). This attempt was not counted and nothing was destroyed. Put back this vault&apos;s own key file from a backup, or use the recovery code.</source>
        <translation>La phrase secrète n’a pas ouvert le coffre, et le fichier de clés du coffre a changé depuis le dernier déverrouillage (remplacé ou modifié). Cette tentative n’a pas été comptée et rien n’a été détruit. Remettez le fichier de clés propre à ce coffre depuis une sauvegarde, ou utilisez le code de récupération.</translation>
    </message>
    <message>
        <source>The duress passphrase must be different from the vault's passphrase. Choose another one.</source>
        <translation>La phrase secrète de contrainte doit être différente de la phrase secrète du coffre. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This is not a CaseVault attestation file, or it is damaged.</source>
        <translation>Ce n’est pas un fichier d’attestation CaseVault, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The attestation's signature does NOT verify: it was changed or forged. Do not rely on this dossier; ask the organisation for it again by another route.</source>
        <translation>La signature de l’attestation n’est PAS valide : elle a été modifiée ou falsifiée. Ne vous fiez pas à ce récapitulatif ; redemandez-le à l’organisation par un autre moyen.</translation>
    </message>
    <message>
        <source>The attestation is signed but its content is not valid. Do not rely on this dossier.</source>
        <translation>L’attestation est signée mais son contenu n’est pas valide. Ne vous fiez pas à ce récapitulatif.</translation>
    </message>
    <message>
        <source>The attestation is about another PDF: this PDF was changed after it was signed, or the two files do not belong together. Do not rely on this dossier.</source>
        <translation>L’attestation porte sur un autre PDF : ce PDF a été modifié après sa signature, ou les deux fichiers ne vont pas ensemble. Ne vous fiez pas à ce récapitulatif.</translation>
    </message>
    <message>
        <source>The attestation is signed by other keys than the fingerprint you gave: it does not come from the organisation you expect. Do not rely on this dossier.</source>
        <translation>L’attestation est signée par d’autres clés que celles de l’empreinte que vous avez donnée : elle ne vient pas de l’organisation attendue. Ne vous fiez pas à ce récapitulatif.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="50"/>
        <source>Re-encrypt with a new key</source>
        <translation>Rechiffrer avec une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="50"/>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="84"/>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="57"/>
        <source>After a suspected seizure: the vault is re-encrypted with a new random key and you get a new recovery code. Afterwards no copy of the old key file and not the old recovery code opens this vault. A full copy of the vault folder made before still opens with the old passphrase: nothing can undo a copy.</source>
        <translation>Après une saisie supposée : le coffre est rechiffré avec une nouvelle clé aléatoire et vous recevez un nouveau code de récupération. Ensuite, aucune copie de l’ancien fichier de clés, ni l’ancien code de récupération, n’ouvre ce coffre. Une copie complète du répertoire du coffre faite auparavant s’ouvre toujours avec l’ancienne phrase secrète : rien ne peut annuler une copie.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="64"/>
        <source>A new recovery code replaces the old one, which stops working at once. Your passphrase keeps working.</source>
        <translation>Un nouveau code de récupération remplace l’ancien, qui cesse aussitôt de fonctionner. Votre phrase secrète continue de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="70"/>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="71"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="75"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="79"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="90"/>
        <source>Re-encrypt</source>
        <translation>Rechiffrer</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="90"/>
        <source>Replace the code</source>
        <translation>Remplacer le code</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="126"/>
        <source>Done. Your NEW recovery code is below; it is shown only now. Write it down or print it, keep it safe, and destroy every copy of the old one.</source>
        <translation>C’est fait. Votre NOUVEAU code de récupération est ci-dessous ; il n’est affiché que maintenant. Notez-le ou imprimez-le, gardez-le en lieu sûr, et détruisez toutes les copies de l’ancien.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="132"/>
        <source>I have written it down</source>
        <translation>Je l’ai noté</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="24"/>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="25"/>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="45"/>
        <source>Destroy the vault</source>
        <translation>Détruire le coffre</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="27"/>
        <source>DESTROY</source>
        <translation>DESTROY</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="30"/>
        <source>This destroys the vault&apos;s keys at once. Nobody will ever be able to open it again: not you, not with the passphrase, not with the recovery code. Copies of the vault on other laptops or backups are not affected.</source>
        <translation>Ceci détruit aussitôt les clés du coffre. Personne ne pourra plus jamais l’ouvrir : ni vous, ni avec la phrase secrète, ni avec le code de récupération. Les copies du coffre sur d’autres ordinateurs ou dans des sauvegardes ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="38"/>
        <source>To confirm, type %1 below:</source>
        <translation>Pour confirmer, tapez %1 ci-dessous :</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="41"/>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="47"/>
        <source>Destroy the vault now</source>
        <translation>Détruire le coffre maintenant</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="50"/>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="42"/>
        <source>The PDF will NOT be encrypted: anyone who gets the file can read it. Save it only on an encrypted drive, send it only over a safe channel, and delete it when it is no longer needed.</source>
        <translation>Le PDF ne sera PAS chiffré : toute personne qui obtient le fichier peut le lire. Enregistrez-le uniquement sur un disque chiffré, envoyez-le uniquement par un canal sûr, et supprimez-le quand il n’est plus nécessaire.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="57"/>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="59"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="70"/>
        <source>Unencrypted file</source>
        <translation>Fichier non chiffré</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="75"/>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="79"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="58"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="60"/>
        <source>&amp;Destroy the vault (panic)…</source>
        <translation>&amp;Détruire le coffre (panique)…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="64"/>
        <source>&amp;Wrong passphrases…</source>
        <translation>Phrases secrètes &amp;incorrectes…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="89"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="129"/>
        <source>The vault could NOT be destroyed: %1</source>
        <translation>Le coffre n’a PAS pu être détruit : %1</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="70"/>
        <source>Re-encrypt with a new &amp;key (after a suspected seizure)…</source>
        <translation>Rechiffrer avec une nouvelle &amp;clé (après une saisie supposée)…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="73"/>
        <source>New &amp;recovery code…</source>
        <translation>Nouveau code de &amp;récupération…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="152"/>
        <source>The vault was destroyed. Its keys are gone: nobody can open it again from this computer, not with the passphrase, not with the recovery code.

A copy of the key file made before now (a backup, a copied vault folder) still opens a copy of the database made before now. On SSDs and USB sticks the drive may keep old blocks of the deleted key file out of any program&apos;s reach; they are still useless without the passphrase or the recovery code.

You can close this window.</source>
        <translation>Le coffre a été détruit. Ses clés n’existent plus : personne ne peut plus l’ouvrir depuis cet ordinateur, ni avec la phrase secrète, ni avec le code de récupération.

Une copie du fichier de clés faite avant maintenant (une sauvegarde, un répertoire de coffre copié) ouvre toujours une copie de la base de données faite avant maintenant. Sur les SSD et les clés USB, le support peut garder d’anciens blocs du fichier de clés supprimé hors de portée de tout programme ; ils restent inutiles sans la phrase secrète ou le code de récupération.

Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>D&amp;uress passphrase…</source>
        <translation>Phrase secrète de &amp;contrainte…</translation>
    </message>
    <message>
        <source>C&amp;heck the vault…</source>
        <translation>Vér&amp;ifier le coffre…</translation>
    </message>
    <message>
        <source>Duress passphrase saved.</source>
        <translation>Phrase secrète de contrainte enregistrée.</translation>
    </message>
    <message>
        <source>Duress passphrase turned off.</source>
        <translation>Phrase secrète de contrainte désactivée.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="15"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="30"/>
        <source>CaseVault statistics</source>
        <translation>Statistiques CaseVault</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="35"/>
        <source>Counted on %1. Cases in the vault: %2. Deleted cases are not counted.</source>
        <translation>Compté le %1. Dossiers dans le coffre : %2. Les dossiers supprimés ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="45"/>
        <source>This report contains no names or other personal details.</source>
        <translation>Ce rapport ne contient aucun nom ni autre détail personnel.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="51"/>
        <source>Cases by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="53"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="56"/>
        <source>Screening and clearance</source>
        <translation>Vérification et validation</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="58"/>
        <source>Cleared</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="59"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="60"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="62"/>
        <source>Not screened</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="66"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="69"/>
        <source>New cases per month</source>
        <translation>Nouveaux dossiers par mois</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="71"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="74"/>
        <source>Cases by country</source>
        <translation>Dossiers par pays</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="76"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="79"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/casevault/gui/passphrase_strength.py" line="67"/>
        <source>Weak: easy to guess. A well-known password or a single word is tried first. Use four or more random words.</source>
        <translation>Faible : facile à deviner. Un mot de passe connu ou un seul mot est essayé en premier. Utilisez quatre mots au hasard ou plus.</translation>
    </message>
</context>
<context>
    <name>UnlockGuardDialog</name>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="41"/>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="42"/>
        <source>Wrong passphrases</source>
        <translation>Phrases secrètes incorrectes</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="45"/>
        <source>If this is on, the vault destroys itself after this many wrong passphrases in a row at the unlock screen, exactly like the panic action. Use it only if a seizure of this laptop is more likely than you forgetting the passphrase: the recovery code cannot bring a destroyed vault back. It does not help if someone copies the vault folder first.</source>
        <translation>Si cette option est activée, le coffre se détruit lui-même après ce nombre de phrases secrètes incorrectes d’affilée à l’écran de déverrouillage, exactement comme l’action de panique. Ne l’utilisez que si une saisie de cet ordinateur est plus probable qu’un oubli de la phrase secrète : le code de récupération ne peut pas faire revenir un coffre détruit. Cela n’aide pas si quelqu’un copie d’abord le répertoire du coffre.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="54"/>
        <source>&amp;Destroy the vault after</source>
        <translation>&amp;Détruire le coffre après</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="55"/>
        <source>Destroy the vault after wrong passphrases</source>
        <translation>Détruire le coffre après des phrases secrètes incorrectes</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="60"/>
        <source>Number of wrong passphrases</source>
        <translation>Nombre de phrases secrètes incorrectes</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="61"/>
        <source> wrong passphrases</source>
        <translation> phrases secrètes incorrectes</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="65"/>
        <source>Setting problem</source>
        <translation>Problème de réglage</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="70"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="71"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="73"/>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/casevault/gui/workspace.py" line="38"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>KeptEditsOffer</name>
    <message>
        <source>Unsaved changes kept</source>
        <translation>Modifications non enregistrées gardées</translation>
    </message>
    <message>
        <source>You had unsaved changes to a new case when the vault locked.</source>
        <translation>Vous aviez des modifications non enregistrées sur un nouveau dossier quand le coffre s’est verrouillé.</translation>
    </message>
    <message>
        <source>You had unsaved changes to case %1 when the vault locked.</source>
        <translation>Vous aviez des modifications non enregistrées sur le dossier %1 quand le coffre s’est verrouillé.</translation>
    </message>
    <message>
        <source>They were kept, encrypted, in the vault.</source>
        <translation>Elles ont été gardées, chiffrées, dans le coffre.</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Les rétablir</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Les &amp;abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>If someone forces you to unlock the vault, type the duress passphrase instead of the real one. It destroys this vault's keys at once, exactly like the panic action, and opens a vault of invented cases, so you are not seen refusing. It does not protect a copy of the vault folder made before (a backup, a disk image), and it does not fool someone who knows this feature exists and compares with such a copy, or who knows your real cases.</source>
        <translation>Si quelqu’un vous force à déverrouiller le coffre, tapez la phrase secrète de contrainte au lieu de la vraie. Elle détruit aussitôt les clés de ce coffre, exactement comme l’action de panique, et ouvre un coffre de dossiers inventés, pour qu’on ne vous voie pas refuser. Elle ne protège pas une copie du répertoire du coffre faite auparavant (une sauvegarde, une image disque), et ne trompe pas quelqu’un qui connaît cette fonction et compare avec une telle copie, ou qui connaît vos vrais dossiers.</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Répétez la phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase:</source>
        <translation>Phrase secrète de &amp;contrainte :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Duress passphrase problem</source>
        <translation>Problème de phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Définir la phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>Désacti&amp;ver</translation>
    </message>
    <message>
        <source>Turn the duress passphrase off</source>
        <translation>Désactiver la phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Vérifier le coffre</translation>
    </message>
    <message>
        <source>Checking every page, the audit trail and signatures…</source>
        <translation>Vérification de chaque page, du journal d’audit et des signatures…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>The vault is sound.</source>
        <translation>Le coffre est sain.</translation>
    </message>
    <message>
        <source>The vault has problems.</source>
        <translation>Le coffre a des problèmes.</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>l’entrée %1 a été modifiée</translation>
    </message>
    <message>
        <source>the entry before %1 was altered or removed</source>
        <translation>l’entrée précédant %1 a été modifiée ou supprimée</translation>
    </message>
    <message>
        <source>entry %1 was removed</source>
        <translation>l’entrée %1 a été supprimée</translation>
    </message>
    <message>
        <source>the newest entries (from %1) were removed</source>
        <translation>les entrées les plus récentes (à partir de %1) ont été supprimées</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1.</source>
        <translation>Le journal d’audit a été falsifié : %1.</translation>
    </message>
    <message>
        <source>damaged pages of the database file: %1</source>
        <translation>pages endommagées du fichier de base de données : %1</translation>
    </message>
    <message>
        <source>%1 damaged part(s) of the database file</source>
        <translation>parties endommagées du fichier de base de données : %1</translation>
    </message>
    <message>
        <source>Part of the database file is damaged or was altered (%1): it no longer reads back as it was written.</source>
        <translation>Une partie du fichier de base de données est endommagée ou a été modifiée (%1) : elle ne se relit plus telle qu’elle a été écrite.</translation>
    </message>
    <message>
        <source>The database's tables or indexes are broken (%1 problem(s) found).</source>
        <translation>Les tables ou index de la base de données sont cassés (problèmes trouvés : %1).</translation>
    </message>
    <message>
        <source>%1 signed evaluation(s) no longer match their signatures: they were altered after signing and must not be relied on.</source>
        <translation>Évaluations signées qui ne correspondent plus à leur signature : %1. Elles ont été modifiées après la signature et ne sont pas fiables.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: the part of the file that holds it is damaged.</source>
        <translation>Le journal d’audit est illisible : la partie du fichier qui le contient est endommagée.</translation>
    </message>
    <message>
        <source>The signed evaluations cannot be read: the part of the file that holds them is damaged.</source>
        <translation>Les évaluations signées sont illisibles : la partie du fichier qui les contient est endommagée.</translation>
    </message>
    <message>
        <source>Restore a backup copy of the whole vault folder made before the damage (close CaseVault first), then check it again.</source>
        <translation>Restaurez une copie de sauvegarde de tout le répertoire du coffre faite avant les dégâts (fermez d’abord CaseVault), puis vérifiez-la de nouveau.</translation>
    </message>
    <message>
        <source>Ask your partners to send their cases and evaluations again and import them; what you sent them can be sent back to you the same way.</source>
        <translation>Demandez à vos partenaires de vous renvoyer leurs dossiers et évaluations, et importez-les ; ce que vous leur avez envoyé peut vous être renvoyé de la même façon.</translation>
    </message>
    <message>
        <source>The vault has problems:</source>
        <translation>Le coffre a des problèmes :</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>The vault is sound: every page of the database is authentic, its tables and indexes are intact, the audit trail is unbroken (entries: %1) and every signed evaluation verifies (evaluations: %2).</source>
        <translation>Le coffre est sain : chaque page de la base de données est authentique, ses tables et index sont intacts, le journal d’audit est ininterrompu (entrées : %1) et chaque évaluation signée est vérifiée (évaluations : %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged part(s) of the database file</source>
        <translation>
            <numerusform>%n partie endommagée du fichier de base de données</numerusform>
            <numerusform>%n parties endommagées du fichier de base de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database's tables or indexes are broken (%n problem(s) found).</source>
        <translation>
            <numerusform>Les tables ou les index de la base de données sont endommagés (%n problème trouvé).</numerusform>
            <numerusform>Les tables ou les index de la base de données sont endommagés (%n problèmes trouvés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed evaluation(s) no longer match their signatures: they were altered after signing and must not be relied on.</source>
        <translation>
            <numerusform>%n évaluation signée ne correspond plus à sa signature : elle a été modifiée après la signature et ne doit pas être prise en compte.</numerusform>
            <numerusform>%n évaluations signées ne correspondent plus à leurs signatures : elles ont été modifiées après la signature et ne doivent pas être prises en compte.</numerusform>
        </translation>
    </message>
</context>
</TS>
