<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditView</name>
    <message>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Opened with the recovery code</source>
        <translation>Ouvert avec le code de récupération</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Dossier supprimé</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>Dossier restauré</translation>
    </message>
    <message>
        <source>Timeline event added</source>
        <translation>Événement ajouté à la chronologie</translation>
    </message>
    <message>
        <source>an entry was altered</source>
        <translation>une entrée a été modifiée</translation>
    </message>
    <message>
        <source>entries were reordered or replaced</source>
        <translation>des entrées ont été réordonnées ou remplacées</translation>
    </message>
    <message>
        <source>an entry was removed</source>
        <translation>une entrée a été supprimée</translation>
    </message>
    <message>
        <source>the latest entries were removed</source>
        <translation>les dernières entrées ont été supprimées</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every change to the vault is recorded here, linked so that a removed or altered entry is detected. Case contents are never written to this log.</source>
        <translation>Chaque modification du coffre est enregistrée ici, de façon chaînée, pour qu’une entrée supprimée ou modifiée soit détectée. Le contenu des dossiers n’est jamais écrit dans ce journal.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Show &amp;older entries</source>
        <translation>Afficher les entrées &amp;plus anciennes</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Afficher les entrées plus anciennes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh audit log</source>
        <translation>Actualiser le journal d’audit</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries checked.</source>
        <translation>Le journal est intact : entrées vérifiées : %1.</translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2.</source>
        <translation>Le journal a été falsifié à l’entrée %1 : %2.</translation>
    </message>
    <message>
        <source>Database re-encrypted with a new key</source>
        <translation>Base de données rechiffrée avec une nouvelle clé</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Code de récupération remplacé</translation>
    </message>
    <message>
        <source>Case erased at the man's request</source>
        <translation>Dossier effacé à la demande de l’intéressé</translation>
    </message>
    <message>
        <source>Case received from a bundle</source>
        <translation>Dossier reçu par un paquet</translation>
    </message>
    <message>
        <source>Case changed by a bundle</source>
        <translation>Dossier modifié par un paquet</translation>
    </message>
    <message>
        <source>Possible duplicates linked</source>
        <translation>Doublons possibles liés</translation>
    </message>
    <message>
        <source>Link between cases removed</source>
        <translation>Lien entre dossiers supprimé</translation>
    </message>
    <message>
        <source>Merged cases separated</source>
        <translation>Dossiers fusionnés séparés</translation>
    </message>
    <message>
        <source>Copy of everything held on the man made</source>
        <translation>Copie de tout ce qui est conservé sur l’intéressé faite</translation>
    </message>
    <message>
        <source>A partner closed their copy</source>
        <translation>Un partenaire a clos sa copie</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>Attachment received from a bundle</source>
        <translation>Pièce jointe reçue par un paquet</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>Pièce jointe supprimée</translation>
    </message>
    <message>
        <source>Attachment copied out of the vault</source>
        <translation>Pièce jointe copiée hors du coffre</translation>
    </message>
    <message>
        <source>Evaluator added</source>
        <translation>Évaluateur ajouté</translation>
    </message>
    <message>
        <source>Draft evaluation started</source>
        <translation>Brouillon d’évaluation commencé</translation>
    </message>
    <message>
        <source>Draft evaluation edited</source>
        <translation>Brouillon d’évaluation modifié</translation>
    </message>
    <message>
        <source>Draft evaluation deleted</source>
        <translation>Brouillon d’évaluation supprimé</translation>
    </message>
    <message>
        <source>Evaluation signed</source>
        <translation>Évaluation signée</translation>
    </message>
    <message>
        <source>Evaluation corrected</source>
        <translation>Évaluation corrigée</translation>
    </message>
    <message>
        <source>Evaluation received from a bundle</source>
        <translation>Évaluation reçue par un paquet</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>Paquet envoyé</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>Paquet reçu</translation>
    </message>
    <message>
        <source>Sent without the man's consent (reason recorded)</source>
        <translation>Envoyé sans le consentement de l’intéressé (raison enregistrée)</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <source>Erased on a partner's erasure notice</source>
        <translation>Effacé sur avis d’effacement d’un partenaire</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Our keys rotated</source>
        <translation>Nos clés ont été changées</translation>
    </message>
    <message>
        <source>Our keys revoked</source>
        <translation>Nos clés ont été révoquées</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partenaire ajouté</translation>
    </message>
    <message>
        <source>Partner's new identity card added</source>
        <translation>Nouvelle carte d’identité du partenaire ajoutée</translation>
    </message>
    <message>
        <source>Partner verified</source>
        <translation>Partenaire vérifié</translation>
    </message>
    <message>
        <source>Partner revoked</source>
        <translation>Partenaire révoqué</translation>
    </message>
    <message>
        <source>Partner's redaction profile changed</source>
        <translation>Profil de masquage du partenaire modifié</translation>
    </message>
    <message>
        <source>Partner's keys changed</source>
        <translation>Clés du partenaire changées</translation>
    </message>
    <message>
        <source>Partner's keys revoked</source>
        <translation>Clés du partenaire révoquées</translation>
    </message>
    <message>
        <source>Redaction profile saved</source>
        <translation>Profil de masquage enregistré</translation>
    </message>
    <message>
        <source>Identity card exported</source>
        <translation>Carte d’identité exportée</translation>
    </message>
    <message>
        <source>Key change announced to partners</source>
        <translation>Changement de clés annoncé aux partenaires</translation>
    </message>
    <message>
        <source>Request to join the organisation made</source>
        <translation>Demande d’adhésion à l’organisation faite</translation>
    </message>
    <message>
        <source>Laptop enrolled</source>
        <translation>Ordinateur enrôlé</translation>
    </message>
    <message>
        <source>Laptop removed</source>
        <translation>Ordinateur retiré</translation>
    </message>
    <message>
        <source>Clearance rule changed</source>
        <translation>Règle de validation modifiée</translation>
    </message>
    <message>
        <source>Wrong-passphrase limit changed</source>
        <translation>Limite de phrases secrètes incorrectes modifiée</translation>
    </message>
    <message>
        <source>Unsaved changes kept when the vault locked</source>
        <translation>Modifications non enregistrées gardées au verrouillage du coffre</translation>
    </message>
    <message>
        <source>Kept changes restored to an editor</source>
        <translation>Modifications gardées rétablies dans un éditeur</translation>
    </message>
    <message>
        <source>Kept changes discarded</source>
        <translation>Modifications gardées abandonnées</translation>
    </message>
    <message>
        <source>Duress passphrase setting changed</source>
        <translation>Réglage de la phrase secrète de contrainte modifié</translation>
    </message>
    <message>
        <source>Transport folders set</source>
        <translation>Répertoires d’échange définis</translation>
    </message>
    <message>
        <source>Transport folders forgotten</source>
        <translation>Répertoires d’échange oubliés</translation>
    </message>
    <message>
        <source>Inbox file handled</source>
        <translation>Fichier reçu traité</translation>
    </message>
    <message>
        <source>Laptop keys made</source>
        <translation>Clés de l’ordinateur créées</translation>
    </message>
    <message>
        <source>Laptop keys certified by the organisation</source>
        <translation>Clés de l’ordinateur certifiées par l’organisation</translation>
    </message>
    <message>
        <source>Revoked laptop noted</source>
        <translation>Révocation d’un ordinateur enregistrée</translation>
    </message>
    <message>
        <source>Organisation keys removed from this laptop</source>
        <translation>Clés de l’organisation retirées de cet ordinateur</translation>
    </message>
    <message>
        <source>Asylum dossier signed by the organisation</source>
        <translation>Récapitulatif pour une demande d’asile signé par l’organisation</translation>
    </message>
    <message>
        <source>“Needs action” setting changed</source>
        <translation>Réglage « À traiter » modifié</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Profil de masquage</translation>
    </message>
    <message>
        <source>Kept changes</source>
        <translation>Modifications conservées</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Sending without consent</source>
        <translation>Envoi sans consentement</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Chargé de dossier</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Le journal est intact : %n entrée vérifiée.</numerusform>
            <numerusform>Le journal est intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Derived copy of an attachment added</source>
        <translation>Copie dérivée d’une pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>Examination note signed on a document</source>
        <translation>Note d’examen signée sur un document</translation>
    </message>
    <message>
        <source>Examination note received from a bundle</source>
        <translation>Note d’examen reçue dans un paquet</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Undo last save</source>
        <translation>Annuler le &amp;dernier enregistrement</translation>
    </message>
    <message>
        <source>Undo last save</source>
        <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <source>Put back the values from before the last save</source>
        <translation>Remettre les valeurs d’avant le dernier enregistrement</translation>
    </message>
    <message>
        <source>Case editor</source>
        <translation>Éditeur de dossier</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problème d’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Not saved: correct the marked field.</source>
        <translation>Non enregistré : corrigez le champ signalé.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>Ce dossier a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>Consen&amp;tement</translation>
    </message>
    <message>
        <source>Anomalies recorded on documents</source>
        <translation>Anomalies relevées sur des documents</translation>
    </message>
    <message>
        <source>Nothing to save yet: enter at least his name.</source>
        <translation>Rien à enregistrer pour l’instant : saisissez au moins son nom.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Case details</source>
        <translation>Détails du dossier</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Military service</source>
        <translation>Service &amp;militaire</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Nom en cyrillique</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Nom de famille :</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Patronyme :</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nom en lettres latines</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Autres noms :</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Place of birth:</source>
        <translation>Lieu de naissance :</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>codes, e.g. ru, en</source>
        <translation>codes, par exemple ru, en</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Armée :</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Armée</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Grade :</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Call-up date:</source>
        <translation>Date de mobilisation :</translation>
    </message>
    <message>
        <source>Call-up date</source>
        <translation>Date de mobilisation</translation>
    </message>
    <message>
        <source>Proof of call-up:</source>
        <translation>Preuve de mobilisation :</translation>
    </message>
    <message>
        <source>Proof of call-up</source>
        <translation>Preuve de mobilisation</translation>
    </message>
    <message>
        <source>e.g. summons, photo</source>
        <translation>par exemple convocation, photo</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque :</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Country now:</source>
        <translation>Pays actuel :</translation>
    </message>
    <message>
        <source>Country now</source>
        <translation>Pays actuel</translation>
    </message>
    <message>
        <source>two letters, e.g. KZ</source>
        <translation>deux lettres, par exemple KZ</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Contact channel:</source>
        <translation>Moyen de contact :</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>Moyen de contact</translation>
    </message>
    <message>
        <source>most sensitive field</source>
        <translation>champ le plus sensible</translation>
    </message>
    <message>
        <source>Caseworker:</source>
        <translation>Chargé de dossier :</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Chargé de dossier</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risque :</translation>
    </message>
    <message>
        <source>Use suggested Latin spelling</source>
        <translation>Transcrire en latin</translation>
    </message>
    <message>
        <source>Fill the Latin name from the Cyrillic</source>
        <translation>Remplir le nom latin à partir du cyrillique</translation>
    </message>
    <message>
        <source>Use suggested Cyrillic spelling</source>
        <translation>Transcrire en cyrillique</translation>
    </message>
    <message>
        <source>Fill the Cyrillic name from the Latin</source>
        <translation>Remplir le nom cyrillique à partir du latin</translation>
    </message>
    <message>
        <source>Pick the date of birth</source>
        <translation>Choisir la date de naissance</translation>
    </message>
    <message>
        <source>type a name, e.g. Russian</source>
        <translation>tapez un nom, p. ex. russe</translation>
    </message>
    <message>
        <source>Pick the call-up date</source>
        <translation>Choisir la date de mobilisation</translation>
    </message>
    <message>
        <source>type a name, e.g. Kazakhstan</source>
        <translation>tapez un nom, p. ex. Kazakhstan</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Clearance filter</source>
        <translation>Filtre de validation</translation>
    </message>
    <message>
        <source>Any clearance</source>
        <translation>Toute validation</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Screening not finished</source>
        <translation>Vérification pas terminée</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Search names, aliases, notes, timeline (Ctrl+F)</source>
        <translation>Chercher dans les noms, autres noms, notes, chronologie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Chercher des dossiers</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Risk filter</source>
        <translation>Filtre de risque</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Tout risque</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre de pays</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Deleted case notice</source>
        <translation>Avis de dossier supprimé</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Case list problem</source>
        <translation>Problème de liste des dossiers</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>Dossiers : %1</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown</source>
        <translation>Dossiers affichés : %1 sur %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Supprimé : %1</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>Show more cases</source>
        <translation>Afficher plus de dossiers</translation>
    </message>
    <message>
        <source>No matching case</source>
        <translation>Aucun dossier correspondant</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>The first %1 matches, best first</source>
        <translation>Les %1 premiers résultats, les meilleurs en tête</translation>
    </message>
    <message>
        <source>Matches: %1, best first</source>
        <translation>Résultats : %1, les meilleurs en tête</translation>
    </message>
    <message>
        <source>Showing 1–%1 of %2</source>
        <translation>Affichés : 1–%1 sur %2</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>Aucun dossier ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No case matches “%1” with these filters.</source>
        <translation>Aucun dossier ne correspond à « %1 » avec ces filtres.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Aucun dossier ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né le</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <source>Screening not finished</source>
        <translation>Vérification non terminée</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check your recovery code</source>
        <translation>Vérifiez votre code de récupération</translation>
    </message>
    <message>
        <source>Type the third group of four characters from the paper (not from the screen).</source>
        <translation>Tapez le troisième groupe de quatre caractères à partir du papier (pas de l’écran).</translation>
    </message>
    <message>
        <source>Third group of the recovery code</source>
        <translation>Troisième groupe du code de récupération</translation>
    </message>
    <message>
        <source>Recovery code check result</source>
        <translation>Résultat de la vérification du code de récupération</translation>
    </message>
    <message>
        <source>Third &amp;group:</source>
        <translation>Troisième &amp;groupe :</translation>
    </message>
    <message>
        <source>That does not match. Go back and check what you wrote.</source>
        <translation>Cela ne correspond pas. Revenez en arrière et vérifiez ce que vous avez écrit.</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>Conseils de sécurité</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CaseVault</source>
        <translation>Configurer CaseVault</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseVault</source>
        <translation>CaseVault</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>&amp;Chercher des dossiers</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>Screening…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Partners and keys…</source>
        <translation>Partenaires et clés…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <source>Export a bundle…</source>
        <translation>Exporter un paquet…</translation>
    </message>
    <message>
        <source>Coming in a later version.</source>
        <translation>Prévu dans une version ultérieure.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Verrouillage automatique…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>CaseVault — %1</source>
        <translation>CaseVault — %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The vault was locked after %1 minutes without activity.</source>
        <translation>Le coffre a été verrouillé après %1 minutes sans activité.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without activity (0 = never):</source>
        <translation>Verrouiller le coffre après ce nombre de minutes sans activité (0 = jamais) :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time CaseVault starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de CaseVault.</translation>
    </message>
    <message>
        <source>Dossier for an as&amp;ylum application (PDF)…</source>
        <translation>Récapitulatif pour une demande d’a&amp;sile (PDF)…</translation>
    </message>
    <message>
        <source>Our &amp;laptops and keys…</source>
        <translation>Nos &amp;ordinateurs et clés…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message numerus="yes">
        <source>The vault was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Le coffre a été verrouillé après %n minute sans activité.</numerusform>
            <numerusform>Le coffre a été verrouillé après %n minutes sans activité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That recovery code does not open this vault. Check each group of four.</source>
        <translation>Ce code de récupération n’ouvre pas ce coffre. Vérifiez chaque groupe de quatre.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message>
        <source>This vault is already open in another CaseVault window. Close it first.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre CaseVault. Fermez-la d’abord.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Il n’y a pas de coffre dans ce répertoire.</translation>
    </message>
    <message>
        <source>The vault folder already contains other files. Choose an empty folder.</source>
        <translation>Le répertoire du coffre contient déjà d’autres fichiers. Choisissez un répertoire vide.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was changed. Restore it from a backup; the case data itself has not been touched.</source>
        <translation>Le fichier de clés du coffre est endommagé ou a été modifié. Restaurez-le depuis une sauvegarde ; les données des dossiers elles-mêmes n’ont pas été touchées.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or belongs to another vault.</source>
        <translation>La base de données du coffre est endommagée ou appartient à un autre coffre.</translation>
    </message>
    <message>
        <source>This vault was made by a newer CaseVault. Update CaseVault to open it.</source>
        <translation>Ce coffre a été fait par une version plus récente de CaseVault. Mettez CaseVault à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Could not write to the disk (is it full?). Nothing was changed.</source>
        <translation>Impossible d’écrire sur le disque (est-il plein ?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This case is no longer in the vault.</source>
        <translation>Ce dossier n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>This id matches several cases.</source>
        <translation>Ce numéro correspond à plusieurs dossiers.</translation>
    </message>
    <message>
        <source>This case was deleted. Restore it before editing.</source>
        <translation>Ce dossier a été supprimé. Restaurez-le avant de le modifier.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A case cannot move from “%1” to “%2”.</source>
        <translation>Un dossier ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>This change is not allowed.</source>
        <translation>Cette modification n’est pas autorisée.</translation>
    </message>
    <message>
        <source>The vault could not complete this action.</source>
        <translation>Le coffre n’a pas pu mener à bien cette action.</translation>
    </message>
    <message>
        <source>A security check failed. The data may have been tampered with.</source>
        <translation>Une vérification de sécurité a échoué. Les données ont peut-être été falsifiées.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed. If it happens again, tell your IT contact.</source>
        <translation>Une erreur s’est produite. Rien n’a été modifié. Si cela se reproduit, prévenez votre contact informatique.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>C’est trop long.</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Contient des caractères de contrôle invisibles ; retapez-le.</translation>
    </message>
    <message>
        <source>Must be on a single line.</source>
        <translation>Doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>This date is not plausible.</source>
        <translation>Cette date n’est pas plausible.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KZ, AM, DE.</source>
        <translation>Utilisez le code de pays à deux lettres, par exemple KZ, AM, DE.</translation>
    </message>
    <message>
        <source>Use two- or three-letter language codes, e.g. ru, en.</source>
        <translation>Utilisez des codes de langue à deux ou trois lettres, par exemple ru, en.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Not a valid date (use YYYY-MM-DD).</source>
        <translation>Date non valide (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>In hiding</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation>Asile</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Mobilised</source>
        <translation>Mobilisé</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contractuel</translation>
    </message>
    <message>
        <source>Conscript</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Cette valeur n’est pas acceptée.</translation>
    </message>
    <message>
        <source>Encrypted data could not be opened: it was changed or damaged, or it was locked with another key. Nothing was read from it.</source>
        <translation>Impossible d’ouvrir les données chiffrées : elles ont été modifiées ou endommagées, ou verrouillées avec une autre clé. Rien n’en a été lu.</translation>
    </message>
    <message>
        <source>A signature does not match: the file was changed, or it was not signed by who it claims. Nothing was accepted.</source>
        <translation>Une signature ne correspond pas : le fichier a été modifié, ou il n’a pas été signé par qui il prétend. Rien n’a été accepté.</translation>
    </message>
    <message>
        <source>The key file's protection settings are outside what CaseVault accepts: it was tampered with or not made by CaseVault. Restore it from a backup.</source>
        <translation>Les réglages de protection du fichier de clés sortent de ce que CaseVault accepte : il a été falsifié ou n’a pas été fait par CaseVault. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A key in this file is not a valid key: the file is damaged or was not made by CaseVault. Nothing was accepted.</source>
        <translation>Une clé de ce fichier n’est pas une clé valide : le fichier est endommagé ou n’a pas été fait par CaseVault. Rien n’a été accepté.</translation>
    </message>
    <message>
        <source>The encrypted data is damaged, cut short or has bytes added: it was changed after it was made. Nothing was read from it.</source>
        <translation>Les données chiffrées sont endommagées, tronquées ou ont des octets en plus : elles ont été modifiées après leur création. Rien n’en a été lu.</translation>
    </message>
    <message>
        <source>This file was not encrypted for your organisation. Nothing was read.</source>
        <translation>Ce fichier n’a pas été chiffré pour votre organisation. Rien n’a été lu.</translation>
    </message>
    <message>
        <source>The start of this file was changed after it was made. Nothing was read from it.</source>
        <translation>Le début de ce fichier a été modifié après sa création. Rien n’en a été lu.</translation>
    </message>
    <message>
        <source>This item is no longer in the vault.</source>
        <translation>Cet élément n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Un dossier ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <source>Nothing was erased: the id typed does not match the case's full id.</source>
        <translation>Rien n’a été effacé : le numéro tapé ne correspond pas au numéro complet du dossier.</translation>
    </message>
    <message>
        <source>This case was not merged into another case.</source>
        <translation>Ce dossier n’a pas été fusionné dans un autre dossier.</translation>
    </message>
    <message>
        <source>This case was merged into another one. It can be separated again with the command “casevault case unmerge”.</source>
        <translation>Ce dossier a été fusionné dans un autre. Il peut être séparé de nouveau avec la commande « casevault case unmerge ».</translation>
    </message>
    <message>
        <source>This action could not be completed. Nothing was changed.</source>
        <translation>Cette action n’a pas pu être menée à bien. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This vault could not be updated to this version of CaseVault. It was left exactly as it was: keep a copy and ask for help before trying again.</source>
        <translation>Ce coffre n’a pas pu être mis à jour vers cette version de CaseVault. Il a été laissé exactement tel qu’il était : gardez-en une copie et demandez de l’aide avant de réessayer.</translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Nothing was saved half-way and nothing already in the vault was lost. Free some space (or move the vault to a larger disk), then do it again.</source>
        <translation>Le disque est plein, cette modification n’a donc pas pu être enregistrée. Rien n’a été enregistré à moitié et rien de ce qui était déjà dans le coffre n’a été perdu. Libérez de la place (ou déplacez le coffre sur un disque plus grand), puis recommencez.</translation>
    </message>
    <message>
        <source>The vault folder is read-only (a locked USB stick, a read-only disk or folder permissions), so CaseVault cannot work in it. Nothing was changed. Copy the whole vault folder to a writable place and open it there, or make the folder writable.</source>
        <translation>Le répertoire du coffre est en lecture seule (clé USB verrouillée, disque en lecture seule ou droits du répertoire) : CaseVault ne peut pas y travailler. Rien n’a été modifié. Copiez tout le répertoire du coffre dans un endroit accessible en écriture et ouvrez-le là, ou rendez le répertoire accessible en écriture.</translation>
    </message>
    <message>
        <source>The vault's files disappeared or stopped answering: was the USB stick or disk removed? Nothing was saved half-way. Put it back and open the vault again.</source>
        <translation>Les fichiers du coffre ont disparu ou ne répondent plus : la clé USB ou le disque a-t-il été retiré ? Rien n’a été enregistré à moitié. Remettez-le en place et rouvrez le coffre.</translation>
    </message>
    <message>
        <source>A part of the vault's database is damaged (the key is right, but a page of the file no longer reads back as it was written). Use File → Check the vault… to see what is affected, then restore a backup copy of the vault folder or re-import the cases from your partners.</source>
        <translation>Une partie de la base de données du coffre est endommagée (la clé est la bonne, mais une page du fichier ne se relit plus telle qu’elle a été écrite). Utilisez Fichier → Vérifier le coffre… pour voir ce qui est touché, puis restaurez une copie de sauvegarde du répertoire du coffre ou réimportez les dossiers depuis vos partenaires.</translation>
    </message>
    <message>
        <source>Choose a country from the list, or type its two-letter code (e.g. KZ).</source>
        <translation>Choisissez un pays dans la liste, ou tapez son code à deux lettres (p. ex. KZ).</translation>
    </message>
    <message>
        <source>Choose each language from the list, or type its code (e.g. ru, en).</source>
        <translation>Choisissez chaque langue dans la liste, ou tapez son code (p. ex. ru, en).</translation>
    </message>
    <message>
        <source>Not a valid date: type it like the grey example, or use the calendar.</source>
        <translation>Date non valide : tapez-la comme l’exemple en gris, ou utilisez le calendrier.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Choisissez une des valeurs proposées.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Tapez un nombre entier.</translation>
    </message>
    <message>
        <source>This number is too small.</source>
        <translation>Ce nombre est trop petit.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Ce nombre est trop grand.</translation>
    </message>
    <message>
        <source>This cannot be changed here.</source>
        <translation>Ce champ ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>This kind of event needs its details (a summons needs its channel).</source>
        <translation>Ce type d’événement a besoin de ses détails (pour une convocation, comment elle est arrivée).</translation>
    </message>
    <message>
        <source>Name exactly one partner or one kind of partner.</source>
        <translation>Indiquez exactement un partenaire ou un type de partenaire.</translation>
    </message>
    <message>
        <source>An oral statement needs the witness's name.</source>
        <translation>Une déclaration orale exige le nom du témoin.</translation>
    </message>
    <message>
        <source>Only an oral statement has a witness.</source>
        <translation>Seule une déclaration orale a un témoin.</translation>
    </message>
    <message>
        <source>Only a signed form has an attachment.</source>
        <translation>Seul un formulaire signé a une pièce jointe.</translation>
    </message>
    <message>
        <source>Say how the statement was made.</source>
        <translation>Indiquez comment la déclaration a été faite.</translation>
    </message>
    <message>
        <source>A statement cannot be given after it was recorded.</source>
        <translation>Une déclaration ne peut pas avoir été donnée après son enregistrement.</translation>
    </message>
    <message>
        <source>The time must say its time zone.</source>
        <translation>L’heure doit indiquer son fuseau horaire.</translation>
    </message>
    <message>
        <source>Describe the anomalies found.</source>
        <translation>Décrivez les anomalies trouvées.</translation>
    </message>
    <message>
        <source>The vault was locked, or a case erased, while this was being read: it was stopped and nothing was changed. Try again.</source>
        <translation>Le coffre a été verrouillé, ou un dossier effacé, pendant cette lecture : elle a été arrêtée et rien n’a été modifié. Réessayez.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Partners will see this name on the case files you send them. A short form is fine.</source>
        <translation>Les partenaires verront ce nom sur les dossiers que vous leur envoyez. Une forme courte suffit.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Vault creation status</source>
        <translation>État de la création du coffre</translation>
    </message>
    <message>
        <source>Vault creation problem</source>
        <translation>Problème de création du coffre</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nom de l’organisation :</translation>
    </message>
    <message>
        <source>Creating the vault and your organisation&apos;s keys. This takes a few seconds…</source>
        <translation>Création du coffre et des clés de votre organisation. Cela prend quelques secondes…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase locks all case data on this laptop. Nobody can reset it for you: keep it in your head, not on a note near the laptop.</source>
        <translation>La phrase secrète verrouille toutes les données des dossiers sur cet ordinateur. Personne ne peut la réinitialiser pour vous : gardez-la en tête, pas sur une note près de l’ordinateur.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Afficher ce que je tape</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>Notez votre code de récupération</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this code is the only way back into the vault. Write it on paper now and keep the paper away from the laptop. It is shown only once and is not stored anywhere.</source>
        <translation>Si la phrase secrète est oubliée, ce code est le seul moyen de rentrer dans le coffre. Écrivez-le maintenant sur papier et gardez le papier loin de l’ordinateur. Il n’est affiché qu’une fois et n’est enregistré nulle part.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>I have written the code down on paper</source>
        <translation>J’ai écrit le code sur papier</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery code</source>
        <translation>Ouvrir avec le code de récupération</translation>
    </message>
    <message>
        <source>Type the recovery code from your paper (dashes and spaces do not matter), then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Tapez le code de récupération de votre papier (les tirets et espaces ne comptent pas), puis choisissez une nouvelle phrase secrète. L’ancienne phrase secrète cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre</translation>
    </message>
    <message>
        <source>Recovery problem</source>
        <translation>Problème de récupération</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Ouvrir le coffre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Conseil sur la phrase secrète</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. Best: four or more random words that mean nothing together.</source>
        <translation>Trop courte : utilisez au moins %1 caractères. Le mieux : quatre mots au hasard ou plus, sans lien entre eux.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words; length matters more than symbols.</source>
        <translation>Faible : facile à deviner. Ajoutez des mots ; la longueur compte plus que les symboles.</translation>
    </message>
    <message>
        <source>Fair: add one or two more random words to make it strong.</source>
        <translation>Moyenne : ajoutez un ou deux mots au hasard pour la rendre solide.</translation>
    </message>
    <message>
        <source>Good. Do not use this passphrase anywhere else.</source>
        <translation>Bonne. N’utilisez cette phrase secrète nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Strong. Do not use this passphrase anywhere else.</source>
        <translation>Solide. N’utilisez cette phrase secrète nulle part ailleurs.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Passage de frontière</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Événements de la chronologie</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>Event kind</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Event text</source>
        <translation>Texte de l’événement</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Ajouter l’événement</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter l’événement</translation>
    </message>
    <message>
        <source>Timeline problem</source>
        <translation>Problème de chronologie</translation>
    </message>
    <message>
        <source>Save the case first; then you can add events to its timeline.</source>
        <translation>Enregistrez d’abord le dossier ; vous pourrez ensuite ajouter des événements à sa chronologie.</translation>
    </message>
    <message>
        <source>The date must look like 2025-03-31.</source>
        <translation>La date doit ressembler à 2025-03-31.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Écrivez ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Summons</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Exit ban</source>
        <translation>Interdiction de sortie du territoire</translation>
    </message>
    <message>
        <source>Desertion</source>
        <translation>Désertion</translation>
    </message>
    <message>
        <source>Refusal to serve</source>
        <translation>Refus de servir</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Asylum application filed</source>
        <translation>Demande d’asile déposée</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Gosuslugi register</source>
        <translation>Registre Gosouslougui</translation>
    </message>
    <message>
        <source>%1: %2, delivered %3</source>
        <translation>%1 : %2, remise le %3</translation>
    </message>
    <message>
        <source>How the summons came</source>
        <translation>Comment la convocation est arrivée</translation>
    </message>
    <message>
        <source>Delivered on (if known)</source>
        <translation>Remise le (si connu)</translation>
    </message>
    <message>
        <source>Date the summons was delivered</source>
        <translation>Date de remise de la convocation</translation>
    </message>
    <message>
        <source>Leave empty if unknown: a summons in the Gosuslugi register counts as delivered 7 days after it was placed; a paper or SMS summons on its date.</source>
        <translation>Laissez vide si vous ne savez pas : une convocation dans le registre Gosouslougui est réputée remise 7 jours après son dépôt ; une convocation papier ou par SMS, à sa date.</translation>
    </message>
    <message>
        <source>From (e.g. RU)</source>
        <translation>De (p. ex. RU)</translation>
    </message>
    <message>
        <source>Country left</source>
        <translation>Pays quitté</translation>
    </message>
    <message>
        <source>To (e.g. GE)</source>
        <translation>Vers (p. ex. GE)</translation>
    </message>
    <message>
        <source>Country entered</source>
        <translation>Pays d’entrée</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. RU, GE, KZ.</source>
        <translation>Utilisez le code pays à deux lettres, p. ex. RU, GE, KZ.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>CaseVault is locked</source>
        <translation>CaseVault est verrouillé</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the case files.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir les dossiers.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problème de déverrouillage</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery code</source>
        <translation>Phrase secrète oubliée ? Utilisez le code de &amp;récupération</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Utiliser le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Partners and exchange</source>
        <translation>Partenaires et échanges</translation>
    </message>
    <message>
        <source>Coming in a later version.</source>
        <translation>Prévu dans une version ultérieure.</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>À traiter</translation>
    </message>
</context>
<context>
    <name>AcceptEnrolmentDialog</name>
    <message>
        <source>Accept the enrolment</source>
        <translation>Accepter l’enrôlement</translation>
    </message>
    <message>
        <source>Do this on the NEW laptop, next to the laptop that enrolled it. Open the enrolment file and your organisation's identity card it gave you, then type the code the enrolling laptop shows.</source>
        <translation>Faites ceci sur le NOUVEL ordinateur, à côté de l’ordinateur qui l’a enrôlé. Ouvrez le fichier d’enrôlement et la carte d’identité de votre organisation qu’il vous a donnés, puis tapez le code que montre l’ordinateur qui enrôle.</translation>
    </message>
    <message>
        <source>Open the &amp;enrolment file…</source>
        <translation>Ouvrir le fichier d'&amp;enrôlement…</translation>
    </message>
    <message>
        <source>Open the enrolment file</source>
        <translation>Ouvrir le fichier d’enrôlement</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Fichier d’enrôlement</translation>
    </message>
    <message>
        <source>Open the organisation's &amp;card…</source>
        <translation>Ouvrir la &amp;carte de l’organisation…</translation>
    </message>
    <message>
        <source>Open your organisation's identity card</source>
        <translation>Ouvrir la carte d’identité de votre organisation</translation>
    </message>
    <message>
        <source>Organisation's identity card file</source>
        <translation>Fichier de la carte d’identité de l’organisation</translation>
    </message>
    <message>
        <source>Code shown on the enrolling laptop</source>
        <translation>Code affiché sur l’ordinateur qui enrôle</translation>
    </message>
    <message>
        <source>the digits the enrolling laptop shows</source>
        <translation>les chiffres affichés sur l’ordinateur qui enrôle</translation>
    </message>
    <message>
        <source>Name of this laptop (optional)</source>
        <translation>Nom de cet ordinateur (facultatif)</translation>
    </message>
    <message>
        <source>optional, e.g. “field laptop 2”</source>
        <translation>facultatif, p. ex. « ordinateur de terrain 2 »</translation>
    </message>
    <message>
        <source>Check the code and &amp;join</source>
        <translation>Vérifier le code et &amp;rejoindre</translation>
    </message>
    <message>
        <source>Check the code and join the organisation</source>
        <translation>Vérifier le code et rejoindre l’organisation</translation>
    </message>
    <message>
        <source>C&amp;ode on the enrolling laptop:</source>
        <translation>C&amp;ode sur l’ordinateur qui enrôle :</translation>
    </message>
    <message>
        <source>&amp;Name for this laptop:</source>
        <translation>&amp;Nom de cet ordinateur :</translation>
    </message>
    <message>
        <source>Open your organisation's card</source>
        <translation>Ouvrir la carte de votre organisation</translation>
    </message>
    <message>
        <source>Could not read this file.</source>
        <translation>Impossible de lire ce fichier.</translation>
    </message>
    <message>
        <source>Could not read the enrolment file.</source>
        <translation>Impossible de lire le fichier d’enrôlement.</translation>
    </message>
    <message>
        <source>The code you typed is not the one the enrolling laptop shows. Nothing was changed. A file may have been swapped on the way: start again, both laptops side by side, with a new join request.</source>
        <translation>Le code que vous avez tapé n’est pas celui que montre l’ordinateur qui enrôle. Rien n’a été modifié. Un fichier a peut-être été échangé en route : recommencez, les deux ordinateurs côte à côte, avec une nouvelle demande d’adhésion.</translation>
    </message>
    <message>
        <source>This laptop is now a laptop of %1. Sync with your other laptops to receive the cases. Lock and unlock to see your organisation's name in the title.</source>
        <translation>Cet ordinateur est maintenant un ordinateur de %1. Synchronisez-le avec vos autres ordinateurs pour recevoir les dossiers. Verrouillez puis déverrouillez pour voir le nom de votre organisation dans le titre.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Adhésion en cours…</translation>
    </message>
</context>
<context>
    <name>AnnounceKeysDialog</name>
    <message>
        <source>Export the key announcement</source>
        <translation>Exporter l’annonce des clés</translation>
    </message>
    <message>
        <source>Writes one file for all your trusted partners, signed with your previous keys, which they still trust. Send it to each of them as you send bundles.

After a rotation, partners who import it see “keys changed” next to your name and must compare the new short code with you (by phone or in person) before they exchange with you again.
After a revocation, they stop trusting your old keys at once, and trust your new identity card only once they have verified it with you afresh.</source>
        <translation>Écrit un seul fichier pour tous vos partenaires de confiance, signé avec vos clés précédentes, auxquelles ils font encore confiance. Envoyez-le à chacun d’eux comme vous envoyez les paquets.

Après un changement de clés, les partenaires qui l’importent voient « clés changées » à côté de votre nom et doivent comparer le nouveau code court avec vous (par téléphone ou en personne) avant d’échanger de nouveau avec vous.
Après une révocation, ils cessent aussitôt de faire confiance à vos anciennes clés, et ne font confiance à votre nouvelle carte d’identité qu’après l’avoir vérifiée de nouveau avec vous.</translation>
    </message>
    <message>
        <source>&amp;Write the announcement…</source>
        <translation>&amp;Écrire l’annonce…</translation>
    </message>
    <message>
        <source>Write the key announcement to a file</source>
        <translation>Écrire l’annonce des clés dans un fichier</translation>
    </message>
    <message>
        <source>There is no key change to announce: rotate or revoke your keys first.</source>
        <translation>Il n’y a aucun changement de clés à annoncer : changez ou révoquez d’abord vos clés.</translation>
    </message>
    <message>
        <source>Save the key announcement</source>
        <translation>Enregistrer l’annonce des clés</translation>
    </message>
    <message>
        <source>Could not write the announcement to this place.</source>
        <translation>Impossible d’écrire l’annonce à cet emplacement.</translation>
    </message>
    <message numerus="yes">
        <source>Announcement for %n partner(s) written to %1.</source>
        <translation>
            <numerusform>Annonce pour %n partenaire écrite dans %1.</numerusform>
            <numerusform>Annonce pour %n partenaires écrite dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the announcement…</source>
        <translation>Écriture de l’annonce…</translation>
    </message>
</context>
<context>
    <name>AsylumDossierDialog</name>
    <message>
        <source>Dossier for an asylum application</source>
        <translation>Récapitulatif pour une demande d’asile</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>Langue du récapitulatif</translation>
    </message>
    <message>
        <source>Fields to include (redaction profile)</source>
        <translation>Champs à inclure (profil de masquage)</translation>
    </message>
    <message>
        <source>&amp;Language of the dossier:</source>
        <translation>&amp;Langue du récapitulatif :</translation>
    </message>
    <message>
        <source>&amp;Fields to include:</source>
        <translation>&amp;Champs à inclure :</translation>
    </message>
    <message>
        <source>The dossier is written in the language chosen here, whatever the language of the app. The organisation signs it: a file ending in .attestation is saved beside the PDF; send both.</source>
        <translation>Le récapitulatif est rédigé dans la langue choisie ici, quelle que soit la langue de l’application. L’organisation le signe : un fichier se terminant par .attestation est enregistré à côté du PDF ; envoyez les deux.</translation>
    </message>
    <message>
        <source>Preparing the dossier</source>
        <translation>Préparation du récapitulatif</translation>
    </message>
    <message>
        <source>Dossier preview</source>
        <translation>Aperçu du récapitulatif</translation>
    </message>
    <message>
        <source>Dossier status</source>
        <translation>État du récapitulatif</translation>
    </message>
    <message>
        <source>&amp;Save as signed PDF…</source>
        <translation>&amp;Enregistrer en PDF signé…</translation>
    </message>
    <message>
        <source>Save the dossier as a signed PDF</source>
        <translation>Enregistrer le récapitulatif en PDF signé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>asylum-dossier.pdf</source>
        <translation>recapitulatif-asile.pdf</translation>
    </message>
    <message>
        <source>Could not write the PDF there. Choose another place.</source>
        <translation>Impossible d’écrire le PDF à cet endroit. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Dossier and its attestation saved. Remember: the files are not encrypted.</source>
        <translation>Récapitulatif et attestation enregistrés. N’oubliez pas : les fichiers ne sont pas chiffrés.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;Case</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>&amp;Unmerge…</source>
        <translation>&amp;Défusionner…</translation>
    </message>
    <message>
        <source>Cop&amp;y of his data…</source>
        <translation>Cop&amp;ie de ses données…</translation>
    </message>
    <message>
        <source>&amp;Erase this man's data…</source>
        <translation>&amp;Effacer les données de l’intéressé…</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>Sélectionnez d’abord un dossier dans la liste.</translation>
    </message>
    <message>
        <source>No case was merged into this one.</source>
        <translation>Aucun dossier n’a été fusionné dans celui-ci.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>One &amp;partner</source>
        <translation>Un &amp;partenaire</translation>
    </message>
    <message>
        <source>Every partner of a &amp;kind</source>
        <translation>Tous les partenaires d’un même &amp;type</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>How he said it</source>
        <translation>Comment il l’a exprimé</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Name of the person who heard him</source>
        <translation>Nom de la personne qui l’a entendu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation>Joindre le &amp;formulaire signé…</translation>
    </message>
    <message>
        <source>Attach the signed form</source>
        <translation>Joindre le formulaire signé</translation>
    </message>
    <message>
        <source>No form attached (optional).</source>
        <translation>Aucun formulaire joint (facultatif).</translation>
    </message>
    <message>
        <source>&amp;How he said it:</source>
        <translation>&amp;Comment il l’a exprimé :</translation>
    </message>
    <message>
        <source>Wi&amp;tness:</source>
        <translation>Té&amp;moin :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Signed form:</source>
        <translation>Formulaire signé :</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Save the case first; then you can record his consent.</source>
        <translation>Enregistrez d’abord le dossier ; vous pourrez ensuite enregistrer son consentement.</translation>
    </message>
    <message>
        <source>Consent statements of this case</source>
        <translation>Déclarations de consentement de ce dossier</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Enre&amp;gistrer un consentement…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>He agreed that his file may go to a partner (or to a kind of partner)</source>
        <translation>Il a accepté que son dossier aille à un partenaire (ou à un type de partenaire)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>He withdrew (or refused) consent: his file no longer goes there</source>
        <translation>Il a retiré (ou refusé) son consentement : son dossier n’y va plus</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Consent problem</source>
        <translation>Problème de consentement</translation>
    </message>
    <message>
        <source>Record that he withdrew consent for %1?</source>
        <translation>Enregistrer le retrait de son consentement pour %1 ?</translation>
    </message>
    <message>
        <source>From now on his file is not sent there unless someone writes a reason, which is audited. Earlier statements stay in the history.</source>
        <translation>Désormais, son dossier n’y est plus envoyé, sauf si quelqu’un écrit un motif, qui est inscrit au journal d’audit. Les déclarations antérieures restent dans l’historique.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Agreed</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Every partner among %1</source>
        <translation>Tous les partenaires parmi : %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Message from him (messenger, e-mail)</source>
        <translation>Message de sa part (messagerie, e-mail)</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Pas de consentement</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Other (see the note)</source>
        <translation>Autre (voir la note)</translation>
    </message>
    <message>
        <source>Said before a witness</source>
        <translation>Exprimé devant un témoin</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Withdrawn later</source>
        <translation>Retiré depuis</translation>
    </message>
    <message>
        <source>Withdrew or refused</source>
        <translation>Retiré ou refusé</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>associations</source>
        <translation>associations</translation>
    </message>
    <message>
        <source>authorities</source>
        <translation>autorités</translation>
    </message>
    <message>
        <source>lawyers</source>
        <translation>avocats</translation>
    </message>
    <message>
        <source>other partners</source>
        <translation>autres partenaires</translation>
    </message>
    <message>
        <source>transit NGOs</source>
        <translation>ONG de transit</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possibly the same man</source>
        <translation>Peut-être la même personne</translation>
    </message>
    <message>
        <source>The case you saved may be about a man who already has a case here. Check before you go on: two files about one man can mislead a screening.</source>
        <translation>Le dossier que vous avez enregistré concerne peut-être un homme qui a déjà un dossier ici. Vérifiez avant de continuer : deux dossiers sur un même homme peuvent fausser une vérification.</translation>
    </message>
    <message>
        <source>Cases that may be the same man</source>
        <translation>Dossiers qui concernent peut-être la même personne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Open the other</source>
        <translation>&amp;Ouvrir l’autre</translation>
    </message>
    <message>
        <source>&amp;Link: same man</source>
        <translation>&amp;Lier : même personne</translation>
    </message>
    <message>
        <source>Both cases stay; they are marked as files of the same man</source>
        <translation>Les deux dossiers restent ; ils sont marqués comme dossiers d’une même personne</translation>
    </message>
    <message>
        <source>&amp;Not the same man</source>
        <translation>&amp;Pas la même personne</translation>
    </message>
    <message>
        <source>This pair is not flagged again</source>
        <translation>Cette paire n’est plus signalée</translation>
    </message>
    <message>
        <source>&amp;Merge into the other…</source>
        <translation>&amp;Fusionner dans l’autre…</translation>
    </message>
    <message>
        <source>The other case keeps everything and gains what only this one knows</source>
        <translation>L’autre dossier garde tout et reçoit ce que seul celui-ci contient</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Possibly the same man as %1 (case %2): %3.</source>
        <translation>Peut-être la même personne que %1 (dossier %2) : %3.</translation>
    </message>
    <message>
        <source>date of birth missing on one of them</source>
        <translation>date de naissance absente sur l’un des deux</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name in another spelling</source>
        <translation>même nom, autre orthographe</translation>
    </message>
</context>
<context>
    <name>EmptyVaultHint</name>
    <message>
        <source>No cases yet</source>
        <translation>Aucun dossier pour le moment</translation>
    </message>
    <message>
        <source>No cases yet.

Start a new case with File → New case (Ctrl+N), or import a bundle from a partner with Partners → Import a bundle (Ctrl+I).

Press F1 for a short guide to this screen.</source>
        <translation>Aucun dossier pour le moment.

Commencez un nouveau dossier avec Fichier → Nouveau dossier (Ctrl+N), ou importez le paquet d’un partenaire avec Partenaires → Importer un paquet (Ctrl+I).

Appuyez sur F1 pour un court guide de cet écran.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase this man's data</source>
        <translation>Effacer les données de l’intéressé</translation>
    </message>
    <message>
        <source>Case to erase: %1</source>
        <translation>Dossier à effacer : %1</translation>
    </message>
    <message>
        <source>Everything about him is removed from this vault for good: his fields, timeline, screenings, consent statements, attachments and search entries. Only the case id stays, in a register that stops any bundle from bringing him back, and in the audit log (ids only). This cannot be undone.</source>
        <translation>Tout ce qui le concerne est retiré définitivement de ce coffre : ses champs, sa chronologie, ses vérifications, ses déclarations de consentement, ses pièces jointes et ses entrées de recherche. Seul le numéro du dossier reste, dans un registre qui empêche tout paquet de le ramener, et dans le journal d’audit (numéros seulement). C’est irréversible.</translation>
    </message>
    <message>
        <source>Other cases of the same man, erased with it: %1</source>
        <translation>Autres dossiers du même homme, effacés avec lui : %1</translation>
    </message>
    <message>
        <source>These partners received his file and keep their copy: the next bundle you send each of them carries a signed erasure notice. Ask them to confirm it: %1</source>
        <translation>Ces partenaires ont reçu son dossier et en gardent leur copie : le prochain paquet que vous envoyez à chacun d’eux porte un avis d’effacement signé. Demandez-leur de le confirmer : %1</translation>
    </message>
    <message>
        <source>No partner received his file from this vault.</source>
        <translation>Aucun partenaire n’a reçu son dossier depuis ce coffre.</translation>
    </message>
    <message>
        <source>Backups made before now still contain him: delete or overwrite them.</source>
        <translation>Les sauvegardes faites avant maintenant le contiennent encore : supprimez-les ou écrasez-les.</translation>
    </message>
    <message>
        <source>What is erased</source>
        <translation>Ce qui est effacé</translation>
    </message>
    <message>
        <source>To confirm, type the case's short id: %1</source>
        <translation>Pour confirmer, tapez le numéro court du dossier : %1</translation>
    </message>
    <message>
        <source>Type the case's short id to confirm</source>
        <translation>Tapez le numéro court du dossier pour confirmer</translation>
    </message>
    <message>
        <source>Erasing and compacting the vault</source>
        <translation>Effacement et compactage du coffre</translation>
    </message>
    <message>
        <source>Erasure result</source>
        <translation>Résultat de l’effacement</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>&amp;Compact again</source>
        <translation>&amp;Compacter de nouveau</translation>
    </message>
    <message>
        <source>Compact again</source>
        <translation>Compacter de nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Erased for good. The erasure notices go with the next bundles.</source>
        <translation>Effacé définitivement. Les avis d’effacement partent avec les prochains paquets.</translation>
    </message>
    <message>
        <source>The vault is compacted. Erased for good.</source>
        <translation>Le coffre est compacté. Effacé définitivement.</translation>
    </message>
</context>
<context>
    <name>FlowDialog</name>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide for this screen</source>
        <translation>&amp;Guide de cet écran</translation>
    </message>
    <message>
        <source>&amp;About CaseVault</source>
        <translation>&amp;À propos de CaseVault</translation>
    </message>
    <message>
        <source>CaseVault %1</source>
        <translation>CaseVault %1</translation>
    </message>
    <message>
        <source>An encrypted case tracker that works offline, for organisations that help people leave the war.</source>
        <translation>Un outil chiffré de suivi de dossiers qui fonctionne hors ligne, pour les organisations qui aident des personnes à quitter la guerre.</translation>
    </message>
    <message>
        <source>Licence: %1 (free software: you may share and change it).</source>
        <translation>Licence : %1 (logiciel libre : vous pouvez le partager et le modifier).</translation>
    </message>
    <message>
        <source>Documentation: the “docs” folder and README.md that come with CaseVault (in the installation folder, or at the top of the source).</source>
        <translation>Documentation : le répertoire « docs » et le fichier README.md fournis avec CaseVault (dans le répertoire d’installation, ou à la racine des sources).</translation>
    </message>
    <message>
        <source>About CaseVault</source>
        <translation>À propos de CaseVault</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>Setting up CaseVault</source>
        <translation>Installer CaseVault</translation>
    </message>
    <message>
        <source>Choose a long passphrase that you can remember: nobody can reset it. Then name your organisation. CaseVault shows a recovery code once: print it or write it on paper and hide the paper away from the laptop. It is the only way back in if the passphrase is forgotten.</source>
        <translation>Choisissez une longue phrase secrète dont vous pouvez vous souvenir : personne ne peut la réinitialiser. Donnez ensuite un nom à votre organisation. CaseVault affiche une seule fois un code de récupération : imprimez-le ou écrivez-le sur papier, et cachez ce papier loin de l’ordinateur. C’est le seul moyen de revenir si la phrase secrète est oubliée.</translation>
    </message>
    <message>
        <source>Unlocking the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Type your passphrase and press Enter. If you forgot it, use the recovery code from paper (the button below the passphrase). In an emergency, File → Destroy the vault (panic) works here too, without the passphrase.</source>
        <translation>Tapez votre phrase secrète et appuyez sur Entrée. Si vous l’avez oubliée, utilisez le code de récupération noté sur papier (le bouton sous la phrase secrète). En cas d’urgence, Fichier → Détruire le coffre (panique) fonctionne aussi ici, sans la phrase secrète.</translation>
    </message>
    <message>
        <source>The case list</source>
        <translation>La liste des dossiers</translation>
    </message>
    <message>
        <source>Every case of this vault. Type in the search box to find a name in either alphabet, or narrow the list with the filters. Double-click a case, or press Enter, to open it; Ctrl+N starts a new case. Ctrl+L locks the vault when you step away.</source>
        <translation>Tous les dossiers de ce coffre. Tapez dans la zone de recherche pour trouver un nom dans l’un ou l’autre alphabet, ou réduisez la liste avec les filtres. Double-cliquez sur un dossier, ou appuyez sur Entrée, pour l’ouvrir ; Ctrl+N commence un nouveau dossier. Ctrl+L verrouille le coffre quand vous vous éloignez.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Le journal d’audit</translation>
    </message>
    <message>
        <source>Who changed what and when. The entries are chained: “Verify chain” finds an entry that was altered, removed or reordered. The log never holds case contents, only what kind of change was made to which record.</source>
        <translation>Qui a modifié quoi, et quand. Les entrées sont chaînées : « Vérifier la chaîne » trouve une entrée modifiée, supprimée ou déplacée. Le journal ne contient jamais le contenu des dossiers, seulement le type de modification faite et sur quel enregistrement.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Le tableau de bord</translation>
    </message>
    <message>
        <source>Counts of cases by status, risk and month, and the cases that need you. The figures can be saved as a PDF or printed for a report; the PDF is not encrypted.</source>
        <translation>Le nombre de dossiers par statut, par risque et par mois, et les dossiers qui vous attendent. Les chiffres peuvent être enregistrés en PDF ou imprimés pour un rapport ; le PDF n’est pas chiffré.</translation>
    </message>
    <message>
        <source>Partners and exchange</source>
        <translation>Partenaires et échanges</translation>
    </message>
    <message>
        <source>Your partner organisations and their keys. Verify a partner's short code by phone or in person before you send to them. Export a bundle (Ctrl+E) to send cases; import a bundle (Ctrl+I) that a partner sent you. Bundles are encrypted and signed; a changed or replayed file is refused.</source>
        <translation>Vos organisations partenaires et leurs clés. Vérifiez le code court d’un partenaire par téléphone ou en personne avant de lui envoyer quoi que ce soit. Exportez un paquet (Ctrl+E) pour envoyer des dossiers ; importez un paquet (Ctrl+I) qu’un partenaire vous a envoyé. Les paquets sont chiffrés et signés ; un fichier modifié ou rejoué est refusé.</translation>
    </message>
    <message>
        <source>Editing a case</source>
        <translation>Modifier un dossier</translation>
    </message>
    <message>
        <source>The tabs hold the man's details, service, situation and notes, his timeline, screenings and attachments. Ctrl+S saves; an unsaved change is marked with * in the title and is kept, encrypted, if the vault locks before you save.</source>
        <translation>Les onglets contiennent l’identité de l’intéressé, son service, sa situation et les notes, sa chronologie, ses vérifications et ses pièces jointes. Ctrl+S enregistre ; une modification non enregistrée est marquée d’un * dans le titre et conservée, chiffrée, si le coffre se verrouille avant l’enregistrement.</translation>
    </message>
    <message>
        <source>The vault was destroyed</source>
        <translation>Le coffre a été détruit</translation>
    </message>
    <message>
        <source>Its keys are gone: nobody can open it from this computer any more. You can close the window. To work again, set up a new vault, or receive your cases back from a partner.</source>
        <translation>Ses clés ont disparu : personne ne peut plus l’ouvrir depuis cet ordinateur. Vous pouvez fermer la fenêtre. Pour travailler de nouveau, créez un nouveau coffre, ou récupérez vos dossiers auprès d’un partenaire.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two cases of the same man</source>
        <translation>Fusionner deux dossiers d’un même homme</translation>
    </message>
    <message>
        <source>Kept case: %1</source>
        <translation>Dossier conservé : %1</translation>
    </message>
    <message>
        <source>Find the other case by name</source>
        <translation>Trouver l’autre dossier par son nom</translation>
    </message>
    <message>
        <source>Find the other case by name (any alphabet)</source>
        <translation>Trouver l’autre dossier par son nom (tout alphabet)</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Dossiers trouvés</translation>
    </message>
    <message>
        <source>What the kept case gains</source>
        <translation>Ce que reçoit le dossier conservé</translation>
    </message>
    <message>
        <source>The other case is hidden, not destroyed: its timeline, screenings and attachments stay and are shown with the kept case. Unmerge brings it back. Partners keep both cases until they merge them too.</source>
        <translation>L’autre dossier est masqué, pas détruit : sa chronologie, ses vérifications et ses pièces jointes restent et sont affichées avec le dossier conservé. « Défusionner » le fait revenir. Les partenaires gardent les deux dossiers jusqu’à ce qu’ils les fusionnent à leur tour.</translation>
    </message>
    <message>
        <source>Merge problem</source>
        <translation>Problème de fusion</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The kept case gains:</source>
        <translation>Le dossier conservé reçoit :</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>Fusionnés dans celui-ci : %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>The kept case gains nothing: it already holds everything the other one knows.</source>
        <translation>Le dossier conservé ne reçoit rien : il contient déjà tout ce que l’autre contient.</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Unmerge</source>
        <translation>Défusionner</translation>
    </message>
    <message>
        <source>Cases merged into %1:</source>
        <translation>Dossiers fusionnés dans %1 :</translation>
    </message>
    <message>
        <source>Cases merged into this one</source>
        <translation>Dossiers fusionnés dans celui-ci</translation>
    </message>
    <message>
        <source>Unmerge problem</source>
        <translation>Problème de défusion</translation>
    </message>
    <message>
        <source>&amp;Unmerge…</source>
        <translation>&amp;Défusionner…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Make %1 a separate case again?</source>
        <translation>Faire de nouveau de %1 un dossier séparé ?</translation>
    </message>
    <message>
        <source>Fields the merge filled in the kept case are emptied again, unless someone changed them since. Both cases are then shown separately.</source>
        <translation>Les champs que la fusion a remplis dans le dossier conservé sont vidés de nouveau, sauf si quelqu’un les a modifiés depuis. Les deux dossiers sont ensuite affichés séparément.</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Défusionner</translation>
    </message>
</context>
<context>
    <name>StatusChoices</name>
    <message>
        <source>Not offered: from “%1” a case can only move to %2.</source>
        <translation>Non proposé : depuis « %1 », un dossier ne peut passer qu’à %2.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Save the copy of his data as</source>
        <translation>Enregistrer la copie de ses données sous</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>Documents JSON (*.json)</translation>
    </message>
    <message>
        <source>Text documents (*.md *.txt)</source>
        <translation>Documents texte (*.md *.txt)</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Copy of his data</source>
        <translation>Copie de ses données</translation>
    </message>
    <message>
        <source>A copy of everything this vault holds about %1: fields and their versions, timeline, screenings, consent, partners that received his file, the list of attachments and the log of actions on his file. Making it is recorded in the audit log.</source>
        <translation>Une copie de tout ce que ce coffre contient sur %1 : les champs et leurs versions, la chronologie, les vérifications, le consentement, les partenaires qui ont reçu son dossier, la liste des pièces jointes et le journal des actions sur son dossier. Sa création est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who gets the file can read his whole file. Write it only to an encrypted drive, hand it to him, then delete it.</source>
        <translation>La copie ne sera PAS chiffrée : quiconque obtient le fichier peut lire tout son dossier. Écrivez-la uniquement sur un disque chiffré, remettez-la-lui, puis supprimez-la.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Preparing the copy</source>
        <translation>Préparation de la copie</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Choisir où enregistrer…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Choisir où enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Written to %1. Remember: the file is not encrypted.</source>
        <translation>Écrit dans %1. N’oubliez pas : le fichier n’est pas chiffré.</translation>
    </message>
    <message>
        <source>Could not write the copy there. Choose another place.</source>
        <translation>Impossible d’écrire la copie à cet endroit. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>A readable &amp;document (for him, his lawyer)</source>
        <translation>Un &amp;document lisible (pour lui, pour son avocat)</translation>
    </message>
    <message>
        <source>Readable document</source>
        <translation>Document lisible</translation>
    </message>
    <message>
        <source>&amp;JSON, for other programs</source>
        <translation>&amp;JSON, pour d’autres programmes</translation>
    </message>
    <message>
        <source>JSON for other programs</source>
        <translation>JSON pour d’autres programmes</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation>Copie dérivée</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>made here from an original</source>
        <translation>faite ici à partir d’un original</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>&amp;Print the code…</source>
        <translation>&amp;Imprimer le code…</translation>
    </message>
    <message>
        <source>Before you start: if the laptop is about to be taken, File → Destroy the vault (panic, Ctrl+Shift+Del) destroys its keys at once, also on the lock screen; nothing can open it afterwards, not even your passphrase or the recovery code. Lock the vault (Ctrl+L) whenever you step away. Keep the recovery code on paper, printed or written, hidden away from the laptop: whoever finds it together with the laptop can open the vault, and without it a forgotten passphrase means the cases are lost.</source>
        <translation>Avant de commencer : si l’ordinateur est sur le point d’être saisi, Fichier → Détruire le coffre (panique, Ctrl+Maj+Suppr) détruit aussitôt ses clés, y compris depuis l’écran de verrouillage ; plus rien ne peut l’ouvrir ensuite, ni votre phrase secrète ni le code de récupération. Verrouillez le coffre (Ctrl+L) chaque fois que vous vous éloignez. Gardez le code de récupération sur papier, imprimé ou écrit, caché loin de l’ordinateur : qui le trouve avec l’ordinateur peut ouvrir le coffre, et sans lui, une phrase secrète oubliée signifie que les dossiers sont perdus.</translation>
    </message>
    <message>
        <source>CaseVault recovery code</source>
        <translation>Code de récupération CaseVault</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <source>This code opens the vault without the passphrase. Keep this paper hidden, away from the laptop, where a search of the office or of your bag will not find it. Do not photograph it or type it into any other program.</source>
        <translation>Ce code ouvre le coffre sans la phrase secrète. Gardez ce papier caché, loin de l’ordinateur, là où une fouille du bureau ou de votre sac ne le trouvera pas. Ne le photographiez pas et ne le tapez dans aucun autre programme.</translation>
    </message>
    <message>
        <source>To use it: on the lock screen, choose “Forgot the passphrase? Use the recovery code”.</source>
        <translation>Pour vous en servir : sur l’écran de verrouillage, choisissez « Phrase secrète oubliée ? Utilisez le code de récupération ».</translation>
    </message>
</context>
<context>
    <name>NeedsActionModel</name>
    <message>
        <source>Competing edits to choose from</source>
        <translation>Modifications concurrentes à départager</translation>
    </message>
    <message>
        <source>Bundle waiting in the inbox</source>
        <translation>Paquet en attente dans la réception</translation>
    </message>
    <message>
        <source>Partner's keys changed</source>
        <translation>Clés d’un partenaire changées</translation>
    </message>
    <message>
        <source>Deadline coming up</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Consent missing for a partner</source>
        <translation>Consentement manquant pour un partenaire</translation>
    </message>
    <message>
        <source>Evaluation still a draft</source>
        <translation>Évaluation encore en brouillon</translation>
    </message>
    <message>
        <source>Needs another screening</source>
        <translation>Nécessite une autre vérification</translation>
    </message>
    <message>
        <source>Not touched for a while</source>
        <translation>Sans modification depuis un moment</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Champs : %1</translation>
    </message>
    <message>
        <source>Compare the new short code with them before exchanging again.</source>
        <translation>Comparez le nouveau code court avec eux avant d’échanger de nouveau.</translation>
    </message>
    <message>
        <source>He withdrew consent for %1; his file went there before.</source>
        <translation>Il a retiré son consentement pour %1 ; son dossier y est déjà allé.</translation>
    </message>
    <message>
        <source>No consent recorded for %1; his file went there before.</source>
        <translation>Aucun consentement enregistré pour %1 ; son dossier y est déjà allé.</translation>
    </message>
    <message>
        <source>Finish and sign the evaluation, or delete the draft.</source>
        <translation>Terminez et signez l’évaluation, ou supprimez le brouillon.</translation>
    </message>
    <message>
        <source>Signed evaluations do not clear him yet.</source>
        <translation>Les évaluations signées ne suffisent pas encore à le valider.</translation>
    </message>
    <message>
        <source>No change for a day.</source>
        <translation>Aucune modification depuis un jour.</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd’hui)</translation>
    </message>
    <message>
        <source>%1 (tomorrow)</source>
        <translation>%1 (demain)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Case or partner</source>
        <translation>Dossier ou partenaire</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message numerus="yes">
        <source>No change for %n days.</source>
        <translation>
            <numerusform>Aucune modification depuis %n jour.</numerusform>
            <numerusform>Aucune modification depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>NeedsActionView</name>
    <message>
        <source>Needs action</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>What needs you today. Press Enter or double-click a line to open the case or the screen where it is done.</source>
        <translation>Ce qui vous attend aujourd’hui. Appuyez sur Entrée ou double-cliquez sur une ligne pour ouvrir le dossier ou l’écran où cela se fait.</translation>
    </message>
    <message>
        <source>Needs action summary</source>
        <translation>Résumé des éléments à traiter</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>List open cases not touched for</source>
        <translation>Lister les dossiers ouverts sans modification depuis</translation>
    </message>
    <message>
        <source>List open cases not &amp;touched for:</source>
        <translation>Dossiers ouverts sans &amp;modification depuis :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the needs action list</source>
        <translation>Actualiser la liste des éléments à traiter</translation>
    </message>
    <message>
        <source>Needs action list</source>
        <translation>Liste des éléments à traiter</translation>
    </message>
    <message>
        <source>Nothing needs action. Well done.</source>
        <translation>Rien à traiter. Bravo.</translation>
    </message>
    <message>
        <source> (first %1 listed)</source>
        <translation> (les %1 premiers affichés)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the unit after the number in a spin box</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printed pages are not encrypted. Collect them from the printer at once, and keep or shred them like any paper with case data on it.</source>
        <translation>Les pages imprimées ne sont pas chiffrées. Récupérez-les tout de suite à l’imprimante, et conservez-les ou détruisez-les comme tout papier contenant des données de dossiers.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>DropOrgKeysDialog</name>
    <message>
        <source>Keep the organisation's keys off this laptop</source>
        <translation>Ne pas garder les clés de l’organisation sur cet ordinateur</translation>
    </message>
    <message>
        <source>Recommended for everyday laptops: keep your organisation's keys on one or two well-protected office laptops only (full-disk encryption, not carried across borders, not used for e-mail). An everyday laptop then syncs, exports and imports with its own keys, and if it is seized you remove it alone: partners need do nothing.

WARNING: this removes the organisation's private keys from this laptop for good. It can then no longer enrol laptops, rotate keys, sign evaluations or identity cards. Do this only after this laptop has synced once with an office laptop, and only if another laptop keeps the keys: without one, nobody can do these things again. Older backups of this vault still hold the keys: replace or destroy them.</source>
        <translation>Recommandé pour les ordinateurs de tous les jours : gardez les clés de votre organisation sur un ou deux ordinateurs de bureau bien protégés seulement (disque entièrement chiffré, jamais emportés au passage des frontières, pas utilisés pour les e-mails). Un ordinateur de tous les jours synchronise, exporte et importe alors avec ses propres clés, et s’il est saisi, vous retirez cet ordinateur seul : les partenaires n’ont rien à faire.

ATTENTION : ceci retire définitivement de cet ordinateur les clés privées de l’organisation. Il ne pourra plus enrôler d’ordinateurs, changer les clés, signer des évaluations ni des cartes d’identité. Ne le faites qu’après une première synchronisation de cet ordinateur avec un ordinateur de bureau, et seulement si un autre ordinateur garde les clés : sans lui, plus personne ne pourra faire ces opérations. Les anciennes sauvegardes de ce coffre contiennent encore les clés : remplacez-les ou détruisez-les.</translation>
    </message>
    <message>
        <source>&amp;Another laptop of our organisation keeps the organisation's keys</source>
        <translation>&amp;Un autre ordinateur de notre organisation garde les clés de l’organisation</translation>
    </message>
    <message>
        <source>Another laptop keeps the organisation's keys</source>
        <translation>Un autre ordinateur garde les clés de l’organisation</translation>
    </message>
    <message>
        <source>&amp;Remove the organisation's keys from here</source>
        <translation>&amp;Retirer d’ici les clés de l’organisation</translation>
    </message>
    <message>
        <source>Remove the organisation's keys from this laptop for good</source>
        <translation>Retirer définitivement les clés de l’organisation de cet ordinateur</translation>
    </message>
    <message>
        <source>The organisation's keys were removed from this laptop.</source>
        <translation>Les clés de l’organisation ont été retirées de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>EnrolLaptopDialog</name>
    <message>
        <source>CaseVault enrolment files (*.enrol);;All files (*)</source>
        <translation>Fichiers d’enrôlement CaseVault (*.enrol);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enrol a new laptop</source>
        <translation>Enrôler un nouvel ordinateur</translation>
    </message>
    <message>
        <source>Do this with the new laptop next to you. The enrolment file holds your organisation's keys, encrypted for the new laptop only: the code check makes sure the request really is that laptop's, not a file swapped on the way.</source>
        <translation>Faites ceci avec le nouvel ordinateur à côté de vous. Le fichier d’enrôlement contient les clés de votre organisation, chiffrées pour le seul nouvel ordinateur : la vérification du code garantit que la demande vient bien de cet ordinateur, et non d’un fichier échangé en route.</translation>
    </message>
    <message>
        <source>&amp;Open the join request…</source>
        <translation>&amp;Ouvrir la demande d’adhésion…</translation>
    </message>
    <message>
        <source>Open the new laptop's join request</source>
        <translation>Ouvrir la demande d’adhésion du nouvel ordinateur</translation>
    </message>
    <message>
        <source>Join request file</source>
        <translation>Fichier de demande d’adhésion</translation>
    </message>
    <message>
        <source>Code shown on the new laptop</source>
        <translation>Code affiché sur le nouvel ordinateur</translation>
    </message>
    <message>
        <source>the digits the new laptop shows</source>
        <translation>les chiffres affichés sur le nouvel ordinateur</translation>
    </message>
    <message>
        <source>Check the code and &amp;write the enrolment…</source>
        <translation>Vérifier le code et &amp;écrire l’enrôlement…</translation>
    </message>
    <message>
        <source>Check the code and write the enrolment file</source>
        <translation>Vérifier le code et écrire le fichier d’enrôlement</translation>
    </message>
    <message>
        <source>Code to type on the new laptop</source>
        <translation>Code à taper sur le nouvel ordinateur</translation>
    </message>
    <message>
        <source>Save your organisation's &amp;card…</source>
        <translation>Enregistrer la c&amp;arte de votre organisation…</translation>
    </message>
    <message>
        <source>Save your organisation's identity card for the new laptop</source>
        <translation>Enregistrer la carte d’identité de votre organisation pour le nouvel ordinateur</translation>
    </message>
    <message>
        <source>&amp;Code on the new laptop:</source>
        <translation>&amp;Code sur le nouvel ordinateur :</translation>
    </message>
    <message>
        <source>Open the join request</source>
        <translation>Ouvrir la demande d’adhésion</translation>
    </message>
    <message>
        <source>Could not read this file.</source>
        <translation>Impossible de lire ce fichier.</translation>
    </message>
    <message>
        <source>Now type the code the new laptop shows.</source>
        <translation>Tapez maintenant le code affiché sur le nouvel ordinateur.</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Enregistrer le fichier d’enrôlement</translation>
    </message>
    <message>
        <source>Could not write the enrolment file to this place.</source>
        <translation>Impossible d’écrire le fichier d’enrôlement à cet emplacement.</translation>
    </message>
    <message>
        <source>Enrolment file written to %1. Give the new laptop this file and your organisation's identity card (save it below), then type the code above on it.</source>
        <translation>Fichier d’enrôlement écrit dans %1. Donnez au nouvel ordinateur ce fichier et la carte d’identité de votre organisation (enregistrez-la ci-dessous), puis tapez sur lui le code ci-dessus.</translation>
    </message>
    <message>
        <source>Save your identity card</source>
        <translation>Enregistrer votre carte d’identité</translation>
    </message>
    <message>
        <source>Could not write the card to this place.</source>
        <translation>Impossible d’écrire la carte à cet emplacement.</translation>
    </message>
    <message>
        <source>Card saved to %1.</source>
        <translation>Carte enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Writing the enrolment file…</source>
        <translation>Écriture du fichier d’enrôlement…</translation>
    </message>
</context>
<context>
    <name>ImportNotices</name>
    <message>
        <source>Evaluation %1 is not taken: its case is not in your vault (it was not sent with it, or you erased it).</source>
        <translation>L’évaluation %1 n’est pas reprise : son dossier n’est pas dans votre coffre (il n’a pas été envoyé avec elle, ou vous l’avez effacé).</translation>
    </message>
    <message>
        <source>Evaluation %1 is not taken: it corrects an evaluation you do not have. Ask the sender for the earlier one.</source>
        <translation>L’évaluation %1 n’est pas reprise : elle corrige une évaluation que vous n’avez pas. Demandez la précédente à l’expéditeur.</translation>
    </message>
    <message>
        <source>Evaluation %1 is not taken: the evaluation it corrects was corrected already by the same organisation.</source>
        <translation>L’évaluation %1 n’est pas reprise : l’évaluation qu’elle corrige a déjà été corrigée par la même organisation.</translation>
    </message>
    <message>
        <source>%1 evaluation(s) signed by an organisation you hold no keys for: not taken.</source>
        <translation>Évaluations signées par une organisation dont vous n’avez pas les clés, non reprises : %1.</translation>
    </message>
    <message>
        <source>You already imported this file; nothing to do.</source>
        <translation>Vous avez déjà importé ce fichier ; rien à faire.</translation>
    </message>
    <message>
        <source>You already imported this file on %1; nothing to do.</source>
        <translation>Vous avez déjà importé ce fichier le %1 ; rien à faire.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) signed by an organisation you hold no keys for: not taken.</source>
        <translation>
            <numerusform>%n évaluation signée par une organisation dont vous n’avez pas les clés : non reprise.</numerusform>
            <numerusform>%n évaluations signées par une organisation dont vous n’avez pas les clés : non reprises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinRequestDialog</name>
    <message>
        <source>CaseVault join requests (*.request);;All files (*)</source>
        <translation>Demandes d’adhésion CaseVault (*.request);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Request to join your organisation</source>
        <translation>Demander à rejoindre votre organisation</translation>
    </message>
    <message>
        <source>Do this on the NEW laptop, with a vault that holds nothing yet. Bring it next to a laptop that is already enrolled. 1. Write the request file and take it to that laptop (USB stick). 2. The person there types the code shown here. 3. You receive an enrolment file and your organisation's identity card, and accept them here with the code the other laptop shows.</source>
        <translation>Faites ceci sur le NOUVEL ordinateur, avec un coffre encore vide. Placez-le à côté d’un ordinateur déjà enrôlé. 1. Écrivez le fichier de demande et apportez-le à cet ordinateur (clé USB). 2. La personne qui s’en sert tape le code affiché ici. 3. Vous recevez un fichier d’enrôlement et la carte d’identité de votre organisation, et vous les acceptez ici avec le code que montre l’autre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Write the request file…</source>
        <translation>&amp;Écrire le fichier de demande…</translation>
    </message>
    <message>
        <source>Write the join request to a file</source>
        <translation>Écrire la demande d’adhésion dans un fichier</translation>
    </message>
    <message>
        <source>Type this code on the enrolling laptop (read it off this screen; never send it or read it over a phone):</source>
        <translation>Tapez ce code sur l’ordinateur qui enrôle (lisez-le sur cet écran ; ne l’envoyez jamais et ne le lisez jamais au téléphone) :</translation>
    </message>
    <message>
        <source>Code to type on the enrolling laptop</source>
        <translation>Code à taper sur l’ordinateur qui enrôle</translation>
    </message>
    <message>
        <source>&amp;Accept the enrolment…</source>
        <translation>&amp;Accepter l’enrôlement…</translation>
    </message>
    <message>
        <source>Go on: accept the enrolment file</source>
        <translation>Continuer : accepter le fichier d’enrôlement</translation>
    </message>
    <message>
        <source>Save the join request</source>
        <translation>Enregistrer la demande d’adhésion</translation>
    </message>
    <message>
        <source>Could not write the request to this place.</source>
        <translation>Impossible d’écrire la demande à cet emplacement.</translation>
    </message>
    <message>
        <source>Request written to %1. %2</source>
        <translation>Demande écrite dans %1. %2</translation>
    </message>
    <message>
        <source>Writing the request…</source>
        <translation>Écriture de la demande…</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Revoke our keys</source>
        <translation>Révoquer nos clés</translation>
    </message>
    <message>
        <source>Do this if your organisation's keys may be in someone else's hands (a laptop that kept them was seized). New keys are made. Partners who import the announcement stop trusting the old keys at once and will not exchange with you until they have verified your new identity card with you by phone or in person. Your other laptops must be enrolled again.

If you rotated your keys after a copy may have been taken, give the start of that earlier key's fingerprint: partners then revoke it and every key rotated from it, a thief's too.</source>
        <translation>Faites ceci si les clés de votre organisation sont peut-être entre d’autres mains (un ordinateur qui les gardait a été saisi). De nouvelles clés sont créées. Les partenaires qui importent l’annonce cessent aussitôt de faire confiance aux anciennes clés et n’échangeront plus avec vous avant d’avoir vérifié votre nouvelle carte d’identité avec vous, par téléphone ou en personne. Vos autres ordinateurs doivent être enrôlés de nouveau.

Si vous avez changé vos clés après qu’une copie a peut-être été prise, donnez le début de l’empreinte de cette clé antérieure : les partenaires révoquent alors cette clé et toutes celles qui en sont issues, y compris celle d’un voleur.</translation>
    </message>
    <message>
        <source>Rotate our keys</source>
        <translation>Changer nos clés</translation>
    </message>
    <message>
        <source>Ordinary renewal of your organisation's keys. Partners who import the announcement accept the new keys through the old ones; they see “keys changed” next to your name and compare the new short code with you. Your other laptops must be enrolled again afterwards.</source>
        <translation>Renouvellement ordinaire des clés de votre organisation. Les partenaires qui importent l’annonce acceptent les nouvelles clés grâce aux anciennes ; ils voient « clés changées » à côté de votre nom et comparent le nouveau code court avec vous. Vos autres ordinateurs doivent ensuite être enrôlés de nouveau.</translation>
    </message>
    <message>
        <source>REVOKE</source>
        <translation>REVOKE</translation>
    </message>
    <message>
        <source>Earlier key to revoke (optional)</source>
        <translation>Clé antérieure à révoquer (facultatif)</translation>
    </message>
    <message>
        <source>empty: the current keys</source>
        <translation>vide : les clés actuelles</translation>
    </message>
    <message>
        <source>Type the confirmation word</source>
        <translation>Tapez le mot de confirmation</translation>
    </message>
    <message>
        <source>&amp;Earlier key (first 8 digits or more):</source>
        <translation>Clé &amp;antérieure (8 premiers chiffres ou plus) :</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tapez %1 pour confirmer :</translation>
    </message>
    <message>
        <source>&amp;Revoke and make new keys</source>
        <translation>&amp;Révoquer et créer de nouvelles clés</translation>
    </message>
    <message>
        <source>&amp;Make new keys</source>
        <translation>&amp;Créer de nouvelles clés</translation>
    </message>
    <message>
        <source>New fingerprint</source>
        <translation>Nouvelle empreinte</translation>
    </message>
    <message>
        <source>E&amp;xport the announcement…</source>
        <translation>E&amp;xporter l’annonce…</translation>
    </message>
    <message>
        <source>Export the key announcement</source>
        <translation>Exporter l’annonce des clés</translation>
    </message>
    <message>
        <source>New keys made; the fingerprint above is your new one. Now export the announcement and send it to every partner, then enrol your other laptops again.</source>
        <translation>Nouvelles clés créées ; l’empreinte ci-dessus est la nouvelle. Exportez maintenant l’annonce et envoyez-la à chaque partenaire, puis enrôlez de nouveau vos autres ordinateurs.</translation>
    </message>
    <message>
        <source>Making the new keys…</source>
        <translation>Création des nouvelles clés…</translation>
    </message>
</context>
<context>
    <name>KeyHistoryDialog</name>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>carte d’identité</translation>
    </message>
    <message>
        <source>rotation signed by %1</source>
        <translation>changement signé par %1</translation>
    </message>
    <message>
        <source>%1 (its own revocation)</source>
        <translation>%1 (sa propre révocation)</translation>
    </message>
    <message>
        <source>%1 (revocation of %2)</source>
        <translation>%1 (révocation de %2)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Key history of %1</source>
        <translation>Historique des clés de %1</translation>
    </message>
    <message>
        <source>Every key this partner has had, oldest first. A key from a rotation was accepted because the key before it signed it; the whole fingerprint is in each key's tooltip.</source>
        <translation>Toutes les clés que ce partenaire a eues, de la plus ancienne à la plus récente. Une clé issue d’un changement a été acceptée parce que la clé précédente l’a signée ; l’empreinte complète figure dans l’infobulle de chaque clé.</translation>
    </message>
    <message>
        <source>Keys of this partner</source>
        <translation>Clés de ce partenaire</translation>
    </message>
</context>
<context>
    <name>LaptopsView</name>
    <message>
        <source>Laptop %1</source>
        <translation>Ordinateur %1</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>Removed everywhere (revocation signed)</source>
        <translation>Retiré partout (révocation signée)</translation>
    </message>
    <message>
        <source>Removed on this laptop only</source>
        <translation>Retiré sur cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Non certifié</translation>
    </message>
    <message>
        <source>Not known here</source>
        <translation>Inconnu ici</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardées</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Non gardées</translation>
    </message>
    <message>
        <source>No certificate for this laptop's keys has reached this laptop yet.</source>
        <translation>Aucun certificat des clés de cet ordinateur n’est encore arrivé sur cet ordinateur-ci.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Organisation keys</source>
        <translation>Clés de l’organisation</translation>
    </message>
    <message>
        <source>Last bundle applied</source>
        <translation>Dernier paquet appliqué</translation>
    </message>
    <message>
        <source>This organisation's laptops and keys</source>
        <translation>Ordinateurs et clés de cette organisation</translation>
    </message>
    <message>
        <source>Every laptop of your organisation has its own keys, certified by the organisation's keys. Keep the organisation's keys on one or two office laptops; a seized everyday laptop is then removed alone.</source>
        <translation>Chaque ordinateur de votre organisation a ses propres clés, certifiées par les clés de l’organisation. Gardez les clés de l’organisation sur un ou deux ordinateurs de bureau ; un ordinateur de tous les jours saisi est alors retiré seul.</translation>
    </message>
    <message>
        <source>This organisation's laptops</source>
        <translation>Ordinateurs de cette organisation</translation>
    </message>
    <message>
        <source>Re&amp;quest to join…</source>
        <translation>Demander à &amp;rejoindre…</translation>
    </message>
    <message>
        <source>Request to join an organisation</source>
        <translation>Demander à rejoindre une organisation</translation>
    </message>
    <message>
        <source>On a new laptop: write the request to join your organisation.</source>
        <translation>Sur un nouvel ordinateur : écrire la demande d’adhésion à votre organisation.</translation>
    </message>
    <message>
        <source>&amp;Accept an enrolment…</source>
        <translation>&amp;Accepter un enrôlement…</translation>
    </message>
    <message>
        <source>Accept an enrolment</source>
        <translation>Accepter un enrôlement</translation>
    </message>
    <message>
        <source>On the new laptop: accept the enrolment file with the code.</source>
        <translation>Sur le nouvel ordinateur : accepter le fichier d’enrôlement avec le code.</translation>
    </message>
    <message>
        <source>E&amp;nrol a new laptop…</source>
        <translation>&amp;Enrôler un nouvel ordinateur…</translation>
    </message>
    <message>
        <source>Enrol a new laptop</source>
        <translation>Enrôler un nouvel ordinateur</translation>
    </message>
    <message>
        <source>On an enrolled laptop: answer a new laptop's join request.</source>
        <translation>Sur un ordinateur enrôlé : répondre à la demande d’adhésion d’un nouvel ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Sync with my other laptops…</source>
        <translation>&amp;Synchroniser avec mes autres ordinateurs…</translation>
    </message>
    <message>
        <source>Sync with my other laptops</source>
        <translation>Synchroniser avec mes autres ordinateurs</translation>
    </message>
    <message>
        <source>Write a bundle of what your other laptops lack.</source>
        <translation>Écrire un paquet de ce qui manque à vos autres ordinateurs.</translation>
    </message>
    <message>
        <source>Re&amp;move laptop…</source>
        <translation>Retirer l'&amp;ordinateur…</translation>
    </message>
    <message>
        <source>Remove the selected laptop</source>
        <translation>Retirer l’ordinateur sélectionné</translation>
    </message>
    <message>
        <source>Refuse every later bundle of the selected laptop (lost or seized).</source>
        <translation>Refuser tout paquet ultérieur de l’ordinateur sélectionné (perdu ou saisi).</translation>
    </message>
    <message>
        <source>Keep the organisation's keys &amp;off this laptop…</source>
        <translation>Ne pas garder les clés de l’organisation &amp;ici…</translation>
    </message>
    <message>
        <source>Keep the organisation's keys off this laptop</source>
        <translation>Ne pas garder les clés de l’organisation sur cet ordinateur</translation>
    </message>
    <message>
        <source>Recommended for everyday laptops, once another laptop keeps the keys.</source>
        <translation>Recommandé pour les ordinateurs de tous les jours, dès qu’un autre ordinateur garde les clés.</translation>
    </message>
    <message>
        <source>Name th&amp;is laptop…</source>
        <translation>&amp;Nommer cet ordinateur…</translation>
    </message>
    <message>
        <source>Name this laptop</source>
        <translation>Nommer cet ordinateur</translation>
    </message>
    <message>
        <source>A name people recognise, in this list and in conflicts.</source>
        <translation>Un nom que chacun reconnaît, dans cette liste et dans les conflits.</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Ro&amp;tate our keys…</source>
        <translation>&amp;Changer nos clés…</translation>
    </message>
    <message>
        <source>Rotate our keys</source>
        <translation>Changer nos clés</translation>
    </message>
    <message>
        <source>Ordinary renewal; partners accept the new keys through the old ones.</source>
        <translation>Renouvellement ordinaire ; les partenaires acceptent les nouvelles clés grâce aux anciennes.</translation>
    </message>
    <message>
        <source>Re&amp;voke our keys…</source>
        <translation>Ré&amp;voquer nos clés…</translation>
    </message>
    <message>
        <source>Revoke our keys</source>
        <translation>Révoquer nos clés</translation>
    </message>
    <message>
        <source>Our keys may be in someone else's hands.</source>
        <translation>Nos clés sont peut-être entre d’autres mains.</translation>
    </message>
    <message>
        <source>Export key anno&amp;uncement…</source>
        <translation>Exporter l’annonce des c&amp;lés…</translation>
    </message>
    <message>
        <source>Export the key announcement</source>
        <translation>Exporter l’annonce des clés</translation>
    </message>
    <message>
        <source>The file that tells partners about a rotation or revocation.</source>
        <translation>Le fichier qui informe les partenaires d’un changement ou d’une révocation des clés.</translation>
    </message>
    <message>
        <source>Our organisation's keys</source>
        <translation>Clés de notre organisation</translation>
    </message>
    <message>
        <source>Laptops status message</source>
        <translation>Message d’état des ordinateurs</translation>
    </message>
</context>
<context>
    <name>NameLaptopDialog</name>
    <message>
        <source>Name this laptop</source>
        <translation>Nommer cet ordinateur</translation>
    </message>
    <message>
        <source>A short name people recognise, shown in the list of laptops and next to the values this laptop changes, here and, after your next bundles, at your other laptops and at partners. Choose a name that says nothing about where the laptop is kept or who uses it if that must stay secret.</source>
        <translation>Un nom court que chacun reconnaît, affiché dans la liste des ordinateurs et à côté des valeurs que cet ordinateur modifie, ici et, après vos prochains paquets, sur vos autres ordinateurs et chez les partenaires. Choisissez un nom qui ne dit rien de l’endroit où l’ordinateur est gardé ni de qui s’en sert, si cela doit rester secret.</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>&amp;Enregistrer le nom</translation>
    </message>
    <message>
        <source>Save the name of this laptop</source>
        <translation>Enregistrer le nom de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>RemoveLaptopDialog</name>
    <message>
        <source>Remove a laptop</source>
        <translation>Retirer un ordinateur</translation>
    </message>
    <message>
        <source>Remove %1 if it was lost or seized, or is no longer used. From now on every bundle it makes is refused here, whatever date it carries. If this laptop keeps the organisation's keys, a signed notice of the removal also goes in every bundle you send, so your other laptops and your partners refuse it too once they import one: send an ordinary bundle to every partner soon. If the removed laptop kept the organisation's keys, rotate or revoke them as well. This cannot be undone.</source>
        <translation>Retirez %1 s’il a été perdu ou saisi, ou s’il ne sert plus. Dès maintenant, tout paquet qu’il produit est refusé ici, quelle que soit sa date. Si cet ordinateur-ci garde les clés de l’organisation, un avis signé du retrait part aussi dans chaque paquet que vous envoyez, pour que vos autres ordinateurs et vos partenaires le refusent à leur tour dès qu’ils en importent un : envoyez bientôt un paquet ordinaire à chaque partenaire. Si l’ordinateur retiré gardait les clés de l’organisation, changez-les ou révoquez-les aussi. C’est irréversible.</translation>
    </message>
    <message>
        <source>Type the laptop's id to confirm</source>
        <translation>Tapez le numéro de l’ordinateur pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Remove this laptop</source>
        <translation>&amp;Retirer cet ordinateur</translation>
    </message>
    <message>
        <source>Remove the laptop for good</source>
        <translation>Retirer définitivement l’ordinateur</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tapez %1 pour confirmer :</translation>
    </message>
    <message>
        <source>Laptop removed. A signed notice now goes in every bundle you send, to your other laptops and to partners; once they import one, that laptop's bundles are refused there too.</source>
        <translation>Ordinateur retiré. Un avis signé part désormais dans chaque paquet que vous envoyez, à vos autres ordinateurs et aux partenaires ; dès qu’ils en importent un, les paquets de cet ordinateur y sont refusés aussi.</translation>
    </message>
    <message>
        <source>Laptop removed on this laptop only: this laptop does not keep the organisation's keys, so it cannot sign the notice. Remove it again on a laptop that keeps them.</source>
        <translation>Ordinateur retiré sur cet ordinateur seulement : cet ordinateur ne garde pas les clés de l’organisation, il ne peut donc pas signer l’avis. Retirez-le de nouveau sur un ordinateur qui les garde.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>CaseVault bundles (*.cvb);;All files (*)</source>
        <translation>Paquets CaseVault (*.cvb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sync with my other laptops</source>
        <translation>Synchroniser avec mes autres ordinateurs</translation>
    </message>
    <message>
        <source>Writes what your organisation's other laptops lack since your last sync, encrypted for them only. Take the file to each of them (USB stick) and import it there with “Import a bundle…”; then do the same the other way round.</source>
        <translation>Écrit ce qui manque aux autres ordinateurs de votre organisation depuis votre dernière synchronisation, chiffré pour eux seuls. Apportez le fichier à chacun d’eux (clé USB) et importez-le là-bas avec « Importer un paquet… » ; puis faites de même dans l’autre sens.</translation>
    </message>
    <message>
        <source>Send &amp;every case, not only what changed</source>
        <translation>Envoyer &amp;tous les dossiers, pas seulement les modifiés</translation>
    </message>
    <message>
        <source>Send every case, not only what changed</source>
        <translation>Envoyer tous les dossiers, pas seulement les modifiés</translation>
    </message>
    <message>
        <source>&amp;Write the sync bundle…</source>
        <translation>&amp;Écrire le paquet de synchronisation…</translation>
    </message>
    <message>
        <source>Write the sync bundle to a file</source>
        <translation>Écrire le paquet de synchronisation dans un fichier</translation>
    </message>
    <message>
        <source>Save the sync bundle</source>
        <translation>Enregistrer le paquet de synchronisation</translation>
    </message>
    <message>
        <source>Could not write the bundle to this place.</source>
        <translation>Impossible d’écrire le paquet à cet emplacement.</translation>
    </message>
    <message numerus="yes">
        <source>Sync bundle written to %1: %n case(s).</source>
        <translation>
            <numerusform>Paquet de synchronisation écrit dans %1 : %n dossier.</numerusform>
            <numerusform>Paquet de synchronisation écrit dans %1 : %n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the sync bundle…</source>
        <translation>Écriture du paquet de synchronisation…</translation>
    </message>
</context>
<context>
    <name>DeriveDialog</name>
    <message>
        <source>Add a derived copy</source>
        <translation>Ajouter une copie dérivée</translation>
    </message>
    <message>
        <source>A crop or redaction of “%1”. It is stored as a new attachment that names its original; the original stays as it is.</source>
        <translation>Un recadrage ou une version masquée de « %1 ». Elle est conservée comme une nouvelle pièce jointe qui nomme son original ; l’original reste tel quel.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>How it was made</source>
        <translation>Comment elle a été faite</translation>
    </message>
    <message>
        <source>e.g. cropped to the stamp; phone number hidden</source>
        <translation>p. ex. recadrée sur le tampon ; numéro de téléphone masqué</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;How it was made:</source>
        <translation>Co&amp;mment elle a été faite :</translation>
    </message>
    <message>
        <source>&amp;Add copy</source>
        <translation>&amp;Ajouter la copie</translation>
    </message>
    <message>
        <source>Add copy</source>
        <translation>Ajouter la copie</translation>
    </message>
    <message>
        <source>Choose the file of the copy.</source>
        <translation>Choisissez le fichier de la copie.</translation>
    </message>
    <message>
        <source>Say how the copy was made.</source>
        <translation>Indiquez comment la copie a été faite.</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>signature verified</source>
        <translation>signature vérifiée</translation>
    </message>
    <message>
        <source>NOT VERIFIED: signed by an organisation we do not know</source>
        <translation>NON VÉRIFIÉE : signée par une organisation que nous ne connaissons pas</translation>
    </message>
    <message>
        <source>NOT VERIFIED: signed with a key that is not the signer's</source>
        <translation>NON VÉRIFIÉE : signée avec une clé qui n’est pas celle du signataire</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the note was changed after it was signed</source>
        <translation>NON VÉRIFIÉE : la note a été modifiée après sa signature</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the signed note cannot be read</source>
        <translation>NON VÉRIFIÉE : la note signée est illisible</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the stored note differs from what was signed</source>
        <translation>NON VÉRIFIÉE : la note conservée diffère de ce qui a été signé</translation>
    </message>
    <message>
        <source>NOT VERIFIED: this file is not the one that was examined</source>
        <translation>NON VÉRIFIÉE : ce fichier n’est pas celui qui a été examiné</translation>
    </message>
    <message>
        <source>NOT VERIFIED: a partner whose keys were never compared</source>
        <translation>NON VÉRIFIÉE : un partenaire dont les clés n’ont jamais été comparées</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the signer's keys were revoked</source>
        <translation>NON VÉRIFIÉE : les clés du signataire ont été révoquées</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Cohérent</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Impossible à dire</translation>
    </message>
    <message>
        <source>A signed examination note cannot be read; it may have been altered.</source>
        <translation>Une note d’examen signée est illisible ; elle a peut-être été modifiée.</translation>
    </message>
</context>
<context>
    <name>ExamineDialog</name>
    <message>
        <source>Examine a document</source>
        <translation>Examiner un document</translation>
    </message>
    <message>
        <source>Your finding on “%1”, signed with your organisation's keys.</source>
        <translation>Votre constat sur « %1 », signé avec les clés de votre organisation.</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Examined on</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>What you saw, e.g. the stamp overlaps the signature (required for anomalies)</source>
        <translation>Ce que vous avez vu, p. ex. le tampon chevauche la signature (obligatoire pour des anomalies)</translation>
    </message>
    <message>
        <source>A signed note cannot be changed or withdrawn; a later note can correct it.</source>
        <translation>Une note signée ne peut être ni modifiée ni retirée ; une note ultérieure peut la corriger.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation>É&amp;valuateur :</translation>
    </message>
    <message>
        <source>Examined &amp;on:</source>
        <translation>Examiné &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;What was seen:</source>
        <translation>&amp;Ce qui a été constaté :</translation>
    </message>
    <message>
        <source>&amp;Sign note</source>
        <translation>&amp;Signer la note</translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation>Signer la note</translation>
    </message>
    <message>
        <source>Choose who examined the document.</source>
        <translation>Choisissez qui a examiné le document.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>ProvenanceInputs</name>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Received from whom, and how (e.g. the man himself, by Signal)</source>
        <translation>Reçu de qui, et comment (p. ex. l’intéressé lui-même, par Signal)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Received on (YYYY-MM-DD)</source>
        <translation>Reçu le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Next file:</source>
        <translation>Fichier suivant :</translation>
    </message>
</context>
<context>
    <name>SubjectAccessText</name>
    <message>
        <source>Copy of the data held about case %1</source>
        <translation>Copie des données conservées sur le dossier %1</translation>
    </message>
    <message>
        <source>Made on %1. This document is not encrypted.</source>
        <translation>Fait le %1. Ce document n’est pas chiffré.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Origin organisation</source>
        <translation>Organisation d’origine</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
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
        <source>Versions of fields received from other organisations or laptops</source>
        <translation>Versions de champs reçues d’autres organisations ou ordinateurs</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>Évaluation %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Vérification de la signature</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Remplacée par</translation>
    </message>
    <message>
        <source>Screenings (evaluations)</source>
        <translation>Vérifications (évaluations)</translation>
    </message>
    <message>
        <source>Consent statements</source>
        <translation>Déclarations de consentement</translation>
    </message>
    <message>
        <source>witness: %1</source>
        <translation>témoin : %1</translation>
    </message>
    <message>
        <source>Exports without consent (with the written reason)</source>
        <translation>Exportations sans consentement (avec le motif écrit)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>(reason erased)</source>
        <translation>(motif effacé)</translation>
    </message>
    <message>
        <source>Partners that received this file</source>
        <translation>Partenaires qui ont reçu ce dossier</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>paquet %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Log of actions on this file</source>
        <translation>Journal des actions sur ce dossier</translation>
    </message>
    <message>
        <source>The evaluation as stored and signed:</source>
        <translation>L’évaluation telle qu’elle est conservée et signée :</translation>
    </message>
    <message>
        <source>details: %1</source>
        <translation>détails : %1</translation>
    </message>
</context>
</TS>
