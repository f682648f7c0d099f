<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AsylumDossier</name>
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
      <source>Border crossing</source>
      <translation>Passage de frontière</translation>
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
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Call-up date recorded on the case</source>
      <translation>Date de mobilisation inscrite au dossier</translation>
    </message>
    <message>
      <source>paper summons</source>
      <translation>convocation papier</translation>
    </message>
    <message>
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <source>Gosuslugi register</source>
      <translation>registre Gosouslougui</translation>
    </message>
    <message>
      <source>No summons is recorded. Since July 2023 the CNDA asks for elements showing that he was actually called up.</source>
      <translation>Aucune convocation n’est enregistrée. Depuis juillet 2023, la CNDA demande des éléments établissant qu’il a effectivement été appelé.</translation>
    </message>
    <message>
      <source>The departure (%1) comes before the first proof of call-up (%2).</source>
      <translation>Le départ (%1) précède la première preuve de convocation (%2).</translation>
    </message>
    <message>
      <source>A summons counts as delivered only after the departure (departure %1, delivered %2).</source>
      <translation>Une convocation n’est réputée remise qu’après le départ (départ le %1, remise le %2).</translation>
    </message>
    <message>
      <source>An arrival (%1) is recorded, but no departure or border crossing.</source>
      <translation>Une arrivée (%1) est enregistrée, mais aucun départ ni passage de frontière.</translation>
    </message>
    <message>
      <source>The arrival (%1) is dated before the departure (%2).</source>
      <translation>L’arrivée (%1) est datée d’avant le départ (%2).</translation>
    </message>
    <message>
      <source>A border crossing (%1) is dated before the departure (%2).</source>
      <translation>Un passage de frontière (%1) est daté d’avant le départ (%2).</translation>
    </message>
    <message>
      <source>Two border crossings do not follow on (%1 and %2): the second leaves from a country the first did not enter.</source>
      <translation>Deux passages de frontière ne s’enchaînent pas (%1 et %2) : le second part d’un pays où le premier n’est pas entré.</translation>
    </message>
    <message>
      <source>The asylum application (%1) is dated before the arrival (%2).</source>
      <translation>La demande d’asile (%1) est datée d’avant l’arrivée (%2).</translation>
    </message>
    <message>
      <source>The interview (%1) is dated before the asylum application (%2).</source>
      <translation>L’entretien (%1) est daté d’avant la demande d’asile (%2).</translation>
    </message>
    <message>
      <source>The decision (%1) is dated before the asylum application (%2).</source>
      <translation>La décision (%1) est datée d’avant la demande d’asile (%2).</translation>
    </message>
    <message>
      <source>Mobilised</source>
      <translation>Mobilisé</translation>
    </message>
    <message>
      <source>Contract soldier</source>
      <translation>Militaire sous contrat</translation>
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
      <source>Signed; signature verified</source>
      <translation>Signée ; signature vérifiée</translation>
    </message>
    <message>
      <source>Signature does NOT verify: do not rely on it</source>
      <translation>La signature n’est PAS valide : ne pas s’y fier</translation>
    </message>
    <message>
      <source>Signed and verified; the signer is not one we rely on for screening</source>
      <translation>Signée et vérifiée ; le signataire n’est pas reconnu pour l’évaluation</translation>
    </message>
    <message>
      <source>Signed and verified; replaced by a later correction</source>
      <translation>Signée et vérifiée ; remplacée par une correction ultérieure</translation>
    </message>
    <message>
      <source>Draft: not signed</source>
      <translation>Brouillon : non signé</translation>
    </message>
    <message>
      <source>Cleared</source>
      <translation>Favorable</translation>
    </message>
    <message>
      <source>Not cleared</source>
      <translation>Défavorable</translation>
    </message>
    <message>
      <source>Inconclusive</source>
      <translation>Non concluant</translation>
    </message>
    <message>
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <source>high</source>
      <translation>élevée</translation>
    </message>
    <message>
      <source>interview</source>
      <translation>entretien</translation>
    </message>
    <message>
      <source>documents</source>
      <translation>documents</translation>
    </message>
    <message>
      <source>open-source check</source>
      <translation>recherche en sources ouvertes</translation>
    </message>
    <message>
      <source>references</source>
      <translation>références</translation>
    </message>
    <message>
      <source>other</source>
      <translation>autre</translation>
    </message>
    <message>
      <source>Screening: independent signed evaluations agree, none negative.</source>
      <translation>Évaluation : des évaluations signées indépendantes concordent, aucune n’est défavorable.</translation>
    </message>
    <message>
      <source>Screening: a signed evaluation is negative.</source>
      <translation>Évaluation : une évaluation signée est défavorable.</translation>
    </message>
    <message>
      <source>Screening not complete.</source>
      <translation>Évaluation non terminée.</translation>
    </message>
    <message>
      <source>passport (ICAO)</source>
      <translation>passeport (OACI)</translation>
    </message>
    <message>
      <source>English usage</source>
      <translation>usage anglais</translation>
    </message>
    <message>
      <source>French usage</source>
      <translation>usage français</translation>
    </message>
    <message>
      <source>German usage</source>
      <translation>usage allemand</translation>
    </message>
    <message>
      <source>%1 attests that this dossier was prepared on %2 from the records it holds on this case (case %3), and that the documents listed were received as stated.</source>
      <translation>%1 atteste que ce récapitulatif a été établi le %2 à partir des informations qu’elle détient sur ce cas (dossier %3), et que les pièces énumérées ont été reçues comme indiqué.</translation>
    </message>
    <message>
      <source>The signature (Ed25519 and ML-DSA-65) is in the file %1, delivered with this PDF. To check it: casevault dossier verify-attestation %2. Then compare the fingerprint it prints with the one the organisation gave you by another route.</source>
      <translation>La signature (Ed25519 et ML-DSA-65) se trouve dans le fichier %1, remis avec ce PDF. Pour la vérifier : casevault dossier verify-attestation %2. Comparez ensuite l’empreinte affichée avec celle que l’organisation vous a communiquée par un autre moyen.</translation>
    </message>
    <message>
      <source>Fingerprint of the organisation's signing keys: %1</source>
      <translation>Empreinte des clés de signature de l’organisation : %1</translation>
    </message>
    <message>
      <source>Dossier for an asylum application</source>
      <translation>Récapitulatif pour une demande d’asile</translation>
    </message>
    <message>
      <source>Prepared by %1 on %2 with CaseVault. Case %3.</source>
      <translation>Établi par %1 le %2 avec CaseVault. Dossier %3.</translation>
    </message>
    <message>
      <source>Fields left out of this dossier (redaction profile %1): %2</source>
      <translation>Champs omis de ce récapitulatif (profil de masquage %1) : %2</translation>
    </message>
    <message>
      <source>%1; delivered %2</source>
      <translation>%1 ; remise le %2</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Précisions</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Faits</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Pièce</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Size (bytes)</source>
      <translation>Taille (octets)</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçue le</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Provenance</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Avis</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Degré de confiance</translation>
    </message>
    <message>
      <source>Methods</source>
      <translation>Méthodes</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Name (Cyrillic)</source>
      <translation>Nom (cyrillique)</translation>
    </message>
    <message>
      <source>Name (Latin)</source>
      <translation>Nom (latin)</translation>
    </message>
    <message>
      <source>Other names and spellings used</source>
      <translation>Autres noms et graphies utilisés</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation>Lieu de naissance</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Military unit</source>
      <translation>Unité militaire</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Proof of call-up (as recorded)</source>
      <translation>Preuve de convocation (telle qu’enregistrée)</translation>
    </message>
    <message>
      <source>%1; counts as delivered %2 (7 days after it was placed)</source>
      <translation>%1 ; réputée remise le %2 (7 jours après son inscription)</translation>
    </message>
    <message>
      <source>Identity and service</source>
      <translation>Identité et service</translation>
    </message>
    <message>
      <source>Chronology</source>
      <translation>Chronologie</translation>
    </message>
    <message>
      <source>Proofs</source>
      <translation>Pièces justificatives</translation>
    </message>
    <message>
      <source>Screening evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <source>Attestation</source>
      <translation>Attestation</translation>
    </message>
    <message>
      <source>Spelling: %1</source>
      <translation>Graphie : %1</translation>
    </message>
    <message>
      <source>Points that may weaken the claim</source>
      <translation>Points susceptibles d’affaiblir la demande</translation>
    </message>
    <message>
      <source>No point of concern in the order of events.</source>
      <translation>Aucun point d’attention dans l’ordre des événements.</translation>
    </message>
    <message>
      <source>No document is attached.</source>
      <translation>Aucune pièce n’est jointe.</translation>
    </message>
    <message>
      <source>No step of the asylum path is recorded.</source>
      <translation>Aucune étape du parcours n’est enregistrée.</translation>
    </message>
    <message>
      <source>No screening evaluation.</source>
      <translation>Aucune évaluation.</translation>
    </message>
    <message>
      <source>unknown evaluator</source>
      <translation>évaluateur inconnu</translation>
    </message>
      <message>
        <source>consistent</source>
        <translation>cohérent</translation>
    </message>
    <message>
        <source>anomalies</source>
        <translation>anomalies</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>impossible à dire</translation>
    </message>
    <message>
        <source>the signature verifies</source>
        <translation>la signature est valide</translation>
    </message>
    <message>
        <source>NOT verified: signed by an organisation we hold no keys of</source>
        <translation>NON vérifiée : signée par une organisation dont nous n’avons pas les clés</translation>
    </message>
    <message>
        <source>NOT verified: signed with a key that is not the signer's</source>
        <translation>NON vérifiée : signée avec une clé qui n’est pas celle du signataire</translation>
    </message>
    <message>
        <source>NOT verified: changed after it was signed</source>
        <translation>NON vérifiée : modifiée après la signature</translation>
    </message>
    <message>
        <source>NOT verified: the signed text is unreadable</source>
        <translation>NON vérifiée : le texte signé est illisible</translation>
    </message>
    <message>
        <source>NOT verified: the stored note differs from the signed one</source>
        <translation>NON vérifiée : la note conservée diffère de la note signée</translation>
    </message>
    <message>
        <source>NOT verified: it was made on another file</source>
        <translation>NON vérifiée : elle porte sur un autre fichier</translation>
    </message>
    <message>
        <source>NOT verified: the signer's keys were never compared</source>
        <translation>NON vérifiée : les clés du signataire n’ont jamais été comparées</translation>
    </message>
    <message>
        <source>NOT verified: the signer's keys were revoked</source>
        <translation>NON vérifiée : les clés du signataire ont été révoquées</translation>
    </message>
    <message>
        <source>Provenance: not recorded.</source>
        <translation>Provenance : non consignée.</translation>
    </message>
    <message>
        <source>Provenance: received from %1 on %2.</source>
        <translation>Provenance : reçu de %1 le %2.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non consigné)</translation>
    </message>
    <message>
        <source>Derived copy of %1: %2</source>
        <translation>Copie dérivée de %1 : %2</translation>
    </message>
    <message>
        <source>Examination note: %1.</source>
        <translation>Note d’examen : %1.</translation>
    </message>
    <message>
        <source>Examined on %1 by %2: %3 (%4).</source>
        <translation>Examiné le %1 par %2 : %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
</TS>
