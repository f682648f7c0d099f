<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AddPartnerDialog</name>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="51" />
      <location filename="../../src/casevault/gui/partner_dialog.py" line="52" />
      <source>Add a partner from text</source>
      <translation>Ajouter un partenaire à partir d’un texte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="55" />
      <source>Paste the identity card the partner sent you (one line of text). It holds only public keys. The partner stays unverified until you compare the short code with them.</source>
      <translation>Collez la carte d’identité que le partenaire vous a envoyée (une ligne de texte). Elle ne contient que des clés publiques. Le partenaire reste non vérifié tant que vous n’avez pas comparé le code court avec lui.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="63" />
      <source>Identity card text</source>
      <translation>Texte de la carte d’identité</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="64" />
      <source>Paste the card here</source>
      <translation>Collez la carte ici</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="69" />
      <source>Problem with the card</source>
      <translation>Problème avec la carte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="72" />
      <source>&amp;Add partner</source>
      <translation>&amp;Ajouter le partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="74" />
      <source>Add partner</source>
      <translation>Ajouter le partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="76" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="90" />
      <source>Paste the card text first.</source>
      <translation>Collez d’abord le texte de la carte.</translation>
    </message>
  </context>
  <context>
    <name>Admission</name>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="23" />
      <source>%1: not changed. %2 never received this case from you, so it may not change it (it tried: %3).</source>
      <translation>%1 : non modifié. %2 n’a jamais reçu ce dossier de vous et ne peut donc pas le modifier (tentative sur : %3).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="28" />
      <source>%1: %3 not changed. These fields were never sent to %2.</source>
      <translation>%1 : %3 non modifié(s). Ces champs n’ont jamais été envoyés à %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="31" />
      <source>%1: refused. It claims to be a case of your own organisation, but your vault does not hold it; your cases reach you only from your own laptops.</source>
      <translation>%1 : refusé. Il prétend être un dossier de votre propre organisation, mais votre coffre ne le contient pas ; vos dossiers ne vous parviennent que de vos propres ordinateurs.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="36" />
      <source>%1: it claims to come from %4. Only %2 signed it, so it is kept as coming from %2.</source>
      <translation>%1 : il prétend venir de %4. Seul %2 l’a signé, il est donc conservé comme venant de %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="40" />
      <source>%1: %5 timeline event(s) refused. %2 never received this case from you.</source>
      <translation>%1 : événements refusés : %5. %2 n’a jamais reçu ce dossier de vous.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="43" />
      <source>%1: %5 timeline event(s) refused. They claim to be written by your own organisation, but came from %2.</source>
      <translation>%1 : événements refusés : %5. Ils prétendent être écrits par votre propre organisation, mais viennent de %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="48" />
      <source>%1: %5 timeline event(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
      <translation>%1 : %5 événement(s) prétendent venir de %4 ; ils sont conservés comme venant de %2, qui les a signés.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="53" />
      <source>%1: %5 attachment(s) refused. %2 never received this case from you.</source>
      <translation>%1 : pièces jointes refusées : %5. %2 n’a jamais reçu ce dossier de vous.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="56" />
      <source>%1: %5 attachment(s) refused. They claim to be added by your own organisation, but came from %2.</source>
      <translation>%1 : pièces jointes refusées : %5. Elles prétendent être ajoutées par votre propre organisation, mais viennent de %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="61" />
      <source>%1: %5 attachment(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
      <translation>%1 : %5 pièce(s) jointe(s) prétendent venir de %4 ; elles sont conservées comme venant de %2, qui les a signées.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="66" />
      <source>%1: %2's deletion ignored. %2 never received this case from you.</source>
      <translation>%1 : suppression par %2 ignorée. %2 n’a jamais reçu ce dossier de vous.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="70" />
      <source>%1: part of this record was not applied (%2 may not change it).</source>
      <translation>%1 : une partie de cet enregistrement n’a pas été appliquée (%2 ne peut pas le modifier).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="81" />
      <source>Case %1 %2</source>
      <translation>Dossier %1 %2</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="99" />
      <source>%1 closed their copy of %2 on %3. Your record stays as it is; a note is kept with it.</source>
      <translation>%1 a clos sa copie de %2 le %3. Votre dossier reste tel quel ; une note y est jointe.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="114" />
      <source>%1 closed their copy of this case on %2.</source>
      <translation>%1 a clos sa copie de ce dossier le %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="124" />
      <source>Closed by the partner (kept here)</source>
      <translation>Clos par le partenaire (conservé ici)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="129" />
      <source>Not applied: %1 (the rest of the bundle still applies)</source>
      <translation>Non appliqué : %1 (le reste du paquet s’applique quand même)</translation>
    </message>
      <message numerus="yes">
        <source>%1: %n timeline event(s) refused. %2 never received this case from you.</source>
        <translation>
            <numerusform>%1 : %n événement refusé. %2 n’a jamais reçu ce dossier de vous.</numerusform>
            <numerusform>%1 : %n événements refusés. %2 n’a jamais reçu ce dossier de vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n timeline event(s) refused. They claim to be written by your own organisation, but came from %2.</source>
        <translation>
            <numerusform>%1 : %n événement refusé. Il prétend être écrit par votre propre organisation, mais vient de %2.</numerusform>
            <numerusform>%1 : %n événements refusés. Ils prétendent être écrits par votre propre organisation, mais viennent de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n timeline event(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
        <translation>
            <numerusform>%1 : %n événement prétend venir de %4 ; il est conservé comme venant de %2, qui l’a signé.</numerusform>
            <numerusform>%1 : %n événements prétendent venir de %4 ; ils sont conservés comme venant de %2, qui les a signés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attachment(s) refused. %2 never received this case from you.</source>
        <translation>
            <numerusform>%1 : %n pièce jointe refusée. %2 n’a jamais reçu ce dossier de vous.</numerusform>
            <numerusform>%1 : %n pièces jointes refusées. %2 n’a jamais reçu ce dossier de vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attachment(s) refused. They claim to be added by your own organisation, but came from %2.</source>
        <translation>
            <numerusform>%1 : %n pièce jointe refusée. Elle prétend avoir été ajoutée par votre propre organisation, mais vient de %2.</numerusform>
            <numerusform>%1 : %n pièces jointes refusées. Elles prétendent avoir été ajoutées par votre propre organisation, mais viennent de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attachment(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
        <translation>
            <numerusform>%1 : %n pièce jointe prétend venir de %4 ; elle est conservée comme venant de %2, qui l’a signée.</numerusform>
            <numerusform>%1 : %n pièces jointes prétendent venir de %4 ; elles sont conservées comme venant de %2, qui les a signées.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>ApplyPage</name>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="268" />
      <source>Importing</source>
      <translation>Importation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="270" />
      <source>Import progress</source>
      <translation>Progression de l’importation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="273" />
      <source>Import result</source>
      <translation>Résultat de l’importation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="288" />
      <source>Applying…</source>
      <translation>Application…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="308" />
      <source>Imported: %1 new case(s), %2 changed, %3 field(s) in conflict waiting for you.</source>
      <translation>Importé : nouveaux dossiers : %1, modifiés : %2, champs en conflit qui vous attendent : %3.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="323" />
      <source>Your vault was not changed.</source>
      <translation>Votre coffre n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="301" />
      <source>&amp;Compact again</source>
      <translation>&amp;Compacter de nouveau</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="302" />
      <source>Compact the vault again</source>
      <translation>Compacter de nouveau le coffre</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="347" />
      <source>%1 case(s) erased for good, as their senders asked.</source>
      <translation>Dossiers effacés définitivement, comme leurs expéditeurs l’ont demandé : %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="378" />
      <source>The vault is compacted: nothing of the erased man remains.</source>
      <translation>Le coffre est compacté : il ne reste rien de l’intéressé effacé.</translation>
    </message>
      <message>
        <source>Your vault changed after the preview, so the bundle was checked again against it before anything was applied.</source>
        <translation>Votre coffre a changé après l’aperçu : le paquet a donc été vérifié de nouveau par rapport à lui avant que quoi que ce soit ne soit appliqué.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé :</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n nouveau dossier</numerusform>
            <numerusform>%n nouveaux dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed case(s)</source>
        <translation>
            <numerusform>%n dossier modifié</numerusform>
            <numerusform>%n dossiers modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in conflict waiting for you</source>
        <translation>
            <numerusform>%n champ en conflit vous attend</numerusform>
            <numerusform>%n champs en conflit vous attendent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) erased for good, as their senders asked.</source>
        <translation>
            <numerusform>%n dossier effacé définitivement, comme son expéditeur l’a demandé.</numerusform>
            <numerusform>%n dossiers effacés définitivement, comme leurs expéditeurs l’ont demandé.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>CaseEditor</name>
    <message>
      <location filename="../../src/casevault/gui/case_editor.py" line="61" />
      <source>Partners that closed their copy</source>
      <translation>Partenaires qui ont clos leur copie</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="98" />
      <source>Which cases?</source>
      <translation>Quels dossiers ?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="99" />
      <source>&amp;All cases (and the deletions)</source>
      <translation>&amp;Tous les dossiers (et les suppressions)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="100" />
      <source>All cases</source>
      <translation>Tous les dossiers</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="101" />
      <source>&amp;Only the cases ticked below</source>
      <translation>&amp;Seulement les dossiers cochés ci-dessous</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="102" />
      <source>Only ticked cases</source>
      <translation>Seulement les dossiers cochés</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="107" />
      <source>Search cases to tick</source>
      <translation>Chercher des dossiers à cocher</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="108" />
      <source>Search by name</source>
      <translation>Chercher par nom</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="111" />
      <source>Cases to export</source>
      <translation>Dossiers à exporter</translation>
    </message>
      <message>
        <source>Number of ticked cases</source>
        <translation>Nombre de dossiers cochés</translation>
    </message>
    <message>
        <source>Ticked: %1 (shown first in the list)</source>
        <translation>Cochés : %1 (affichés en tête de liste)</translation>
    </message>
</context>
  <context>
    <name>ChecksPage</name>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="126" />
      <source>Checking the bundle</source>
      <translation>Vérification du paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="129" />
      <source>Check result</source>
      <translation>Résultat de la vérification</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="131" />
      <source>Checks passed</source>
      <translation>Vérifications réussies</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="145" />
      <source>Checking… nothing is imported yet.</source>
      <translation>Vérification… rien n’est encore importé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="166" />
      <source>The bundle from %1 passed every check:</source>
      <translation>Le paquet de %1 a passé toutes les vérifications :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="176" />
      <source>Could not read this file.</source>
      <translation>Impossible de lire ce fichier.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="177" />
      <source>Your vault was not changed.</source>
      <translation>Votre coffre n’a pas été modifié.</translation>
    </message>
  </context>
  <context>
    <name>ConflictsView</name>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="45" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="48" />
      <source>When the same field of a case was changed in two places before they exchanged bundles, both values are kept here until you choose one. Until then the case shows one of them.</source>
      <translation>Quand le même champ d’un dossier a été modifié à deux endroits avant qu’ils n’échangent des paquets, les deux valeurs sont conservées ici jusqu’à ce que vous en choisissiez une. D’ici là, le dossier affiche l’une d’elles.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="56" />
      <source>Fields in conflict</source>
      <translation>Champs en conflit</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="58" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="58" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="58" />
      <source>Shown now</source>
      <translation>Affiché maintenant</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="68" />
      <location filename="../../src/casevault/gui/conflicts_view.py" line="69" />
      <source>Competing values</source>
      <translation>Valeurs concurrentes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="73" />
      <source>Conflict status message</source>
      <translation>Message d’état des conflits</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="74" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="75" />
      <source>Refresh conflicts</source>
      <translation>Actualiser les conflits</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="106" />
      <source>No conflicts.</source>
      <translation>Aucun conflit.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="125" />
      <location filename="../../src/casevault/gui/conflicts_view.py" line="129" />
      <source>Value %1</source>
      <translation>Valeur %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="132" />
      <source>Where and when value %1 was made</source>
      <translation>Où et quand la valeur %1 a été faite</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="134" />
      <source>&amp;Keep this value</source>
      <translation>&amp;Garder cette valeur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="136" />
      <source>Keep value %1: %2</source>
      <translation>Garder la valeur %1 : %2</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="165" />
      <source>Kept “%1” for %2.</source>
      <translation>« %1 » conservé pour %2.</translation>
    </message>
      <message>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>laptop “%1”</source>
        <translation>ordinateur « %1 »</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>ordinateur %1</translation>
    </message>
    <message>
        <source>an organisation not known here</source>
        <translation>une organisation inconnue ici</translation>
    </message>
    <message>
        <source>%1 (ours)</source>
        <translation>%1 (nous)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Fait par %1 le %2</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Who made value %1, and when</source>
        <translation>Qui a fait la valeur %1, et quand</translation>
    </message>
    <message>
        <source>Keep value &amp;%1</source>
        <translation>Garder la valeur &amp;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in conflict. Select one, then keep one of its values.</source>
        <translation>
            <numerusform>%n champ en conflit. Sélectionnez-le, puis gardez une de ses valeurs.</numerusform>
            <numerusform>%n champs en conflit. Sélectionnez-en un, puis gardez une de ses valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the chosen value…</source>
        <translation>Conservation de la valeur choisie…</translation>
    </message>
</context>
  <context>
    <name>DestinationPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="287" />
      <source>Where should the bundle go?</source>
      <translation>Où doit aller le paquet ?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="289" />
      <source>The bundle is encrypted for the recipients only; anyone else sees noise.</source>
      <translation>Le paquet est chiffré pour les seuls destinataires ; pour tous les autres, ce n’est que du bruit.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="291" />
      <source>Save as a &amp;file (USB stick, e-mail attachment)</source>
      <translation>Enregistrer comme &amp;fichier (clé USB, pièce jointe d’e-mail)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="292" />
      <source>Save as a file</source>
      <translation>Enregistrer comme fichier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="293" />
      <source>As &amp;text to copy into a message</source>
      <translation>Comme &amp;texte à copier dans un message</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="294" />
      <source>As text to copy</source>
      <translation>Comme texte à copier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="300" />
      <source>Bundle file name</source>
      <translation>Nom du fichier du paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="301" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="302" />
      <source>Choose where to save the bundle</source>
      <translation>Choisir où enregistrer le paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="312" />
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="319" />
      <source>Save the bundle</source>
      <translation>Enregistrer le paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="319" />
      <source>CaseVault bundles (*.cvb);;All files (*)</source>
      <translation>Paquets CaseVault (*.cvb);;Tous les fichiers (*)</translation>
    </message>
  </context>
  <context>
    <name>ErasureNotices</name>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="29" />
      <source>This case was erased at the man's request. An erasure is final: it cannot be restored, unmerged or imported again.</source>
      <translation>Ce dossier a été effacé à la demande de l’intéressé. Un effacement est définitif : il ne peut être ni restauré, ni défusionné, ni réimporté.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="33" />
      <source>Nothing was erased: %1 other case(s) belong to the same man (merged or linked as duplicates). Confirm them too to erase them with this one.</source>
      <translation>Rien n’a été effacé : %1 autre(s) dossier(s) appartiennent à la même personne (fusionnés ou liés comme doublons). Confirmez-les aussi pour les effacer avec celui-ci.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="37" />
      <source>The man's records ARE erased, but the vault could not be compacted, so traces may remain in its free space until it is. Close other programs using the vault and press “Compact again”.</source>
      <translation>Les enregistrements de l’intéressé SONT effacés, mais le coffre n’a pas pu être compacté : des traces peuvent donc subsister dans son espace libre jusqu’à ce qu’il le soit. Fermez les autres programmes qui utilisent le coffre et appuyez sur « Compacter de nouveau ».</translation>
    </message>
      <message numerus="yes">
        <source>Nothing was erased: %n other case(s) belong to the same man (merged or linked as duplicates). Confirm them too to erase them with this one.</source>
        <translation>
            <numerusform>Rien n’a été effacé : %n autre dossier appartient au même homme (fusionné ou lié comme doublon). Confirmez-le aussi pour l’effacer avec celui-ci.</numerusform>
            <numerusform>Rien n’a été effacé : %n autres dossiers appartiennent au même homme (fusionnés ou liés comme doublons). Confirmez-les aussi pour les effacer avec celui-ci.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>ErasureNoticesView</name>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="52" />
      <source>Records of erased cases refused</source>
      <translation>Enregistrements de dossiers effacés refusés</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="54" />
      <source>Erasure notices from the sender</source>
      <translation>Avis d’effacement de l’expéditeur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="65" />
      <source>Refused: records of %1 case(s) erased here at the man's request. They never come back.</source>
      <translation>Refusé : enregistrements de dossiers effacés ici à la demande de l’intéressé : %1. Ils ne reviennent jamais.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="87" />
      <source>%1 erased case %2 (%3 as held here) at the man's request on %4. Erase it here too.</source>
      <translation>%1 a effacé le dossier %2 (%3 tel que conservé ici) à la demande de l’intéressé le %4. Effacez-le ici aussi.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="96" />
      <source>already erased here</source>
      <translation>déjà effacé ici</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="97" />
      <source>already complied with</source>
      <translation>déjà exécuté</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="98" />
      <source>this vault never held that case</source>
      <translation>ce coffre n’a jamais contenu ce dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="99" />
      <source>ignored: the sender never held this case</source>
      <translation>ignoré : l’expéditeur n’a jamais détenu ce dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="102" />
      <source>Erasure notice from %1 about case %2: %3</source>
      <translation>Avis d’effacement de %1 concernant le dossier %2 : %3</translation>
    </message>
      <message numerus="yes">
        <source>Refused: records of %n case(s) erased here at the man's request. They never come back.</source>
        <translation>
            <numerusform>Refusé : enregistrements de %n dossier effacé ici à la demande de l’intéressé. Ils ne reviennent jamais.</numerusform>
            <numerusform>Refusé : enregistrements de %n dossiers effacés ici à la demande des intéressés. Ils ne reviennent jamais.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>ExchangeTab</name>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="42" />
      <source>Partners and exchange</source>
      <translation>Partenaires et échanges</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="43" />
      <source>&amp;Export a bundle…</source>
      <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="44" />
      <source>Export a bundle</source>
      <translation>Exporter un paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="45" />
      <source>&amp;Import a bundle…</source>
      <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="46" />
      <source>Import a bundle</source>
      <translation>Importer un paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="50" />
      <source>Exchange sections</source>
      <translation>Sections d’échange</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="51" />
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="52" />
      <location filename="../../src/casevault/gui/exchange_tab.py" line="69" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="69" />
      <source>Conflicts (%1)</source>
      <translation>Conflits (%1)</translation>
    </message>
      <message>
        <source>Inbox</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Inbox (%1 waiting)</source>
        <translation>Réception (en attente : %1)</translation>
    </message>
    <message>
        <source>Our laptops and keys</source>
        <translation>Nos ordinateurs et clés</translation>
    </message>
</context>
  <context>
    <name>ExportWizard</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="458" />
      <location filename="../../src/casevault/gui/export_wizard.py" line="459" />
      <source>Export a bundle</source>
      <translation>Exporter un paquet</translation>
    </message>
  </context>
  <context>
    <name>FieldValues</name>
    <message>
      <location filename="../../src/casevault/gui/field_values.py" line="35" />
      <source>%1, laptop %2</source>
      <translation>%1, ordinateur %2</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="349" />
      <location filename="../../src/casevault/gui/import_wizard.py" line="350" />
      <source>Import a bundle</source>
      <translation>Importer un paquet</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="29" />
      <source>This bundle was changed, cut short or damaged after it was made. Nothing was imported. Ask the sender to send it again, by another route if you can.</source>
      <translation>Ce paquet a été modifié, tronqué ou endommagé après sa création. Rien n’a été importé. Demandez à l’expéditeur de le renvoyer, par un autre moyen si possible.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="37" />
      <source>it is far too large to be an identity card</source>
      <translation>elle est bien trop grosse pour être une carte d’identité</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="38" />
      <source>it is not a CaseVault identity card</source>
      <translation>ce n’est pas une carte d’identité CaseVault</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="39" />
      <source>it is damaged or incomplete</source>
      <translation>elle est endommagée ou incomplète</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="40" />
      <source>it was made by another version of CaseVault</source>
      <translation>elle a été faite par une autre version de CaseVault</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="43" />
      <source>its keys are damaged</source>
      <translation>ses clés sont endommagées</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="44" />
      <source>its signature does not match its content (damaged or altered)</source>
      <translation>sa signature ne correspond pas à son contenu (endommagé ou modifié)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="52" />
      <source>it is damaged</source>
      <translation>elle est endommagée</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="53" />
      <source>This identity card cannot be used: %1.</source>
      <translation>Cette carte d’identité est inutilisable : %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="60" />
      <source>This partner's keys are revoked. Nothing was sent or imported.</source>
      <translation>Les clés de ce partenaire sont révoquées. Rien n’a été envoyé ni importé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="63" />
      <source>This partner is not verified yet. Compare the short code with them first (Partners and exchange → Verify).</source>
      <translation>Ce partenaire n’est pas encore vérifié. Comparez d’abord le code court avec lui (Partenaires et échanges → Vérifier).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="71" />
      <source>This file is not a CaseVault bundle.</source>
      <translation>Ce fichier n’est pas un paquet CaseVault.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="74" />
      <location filename="../../src/casevault/gui/exchange_messages.py" line="77" />
      <source>This bundle was made by a newer CaseVault. Update CaseVault to import it.</source>
      <translation>Ce paquet a été fait par une version plus récente de CaseVault. Mettez CaseVault à jour pour l’importer.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="80" />
      <source>The pasted bundle text is broken at line %1 (a line missing or changed when it was copied?). Nothing was imported.</source>
      <translation>Le texte du paquet collé est cassé à la ligne %1 (une ligne manquante ou modifiée lors de la copie ?). Rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="85" />
      <source>This bundle is larger than CaseVault accepts. Nothing was imported; ask the sender to split it.</source>
      <translation>Ce paquet est plus gros que ce que CaseVault accepte. Rien n’a été importé ; demandez à l’expéditeur de le diviser.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="90" />
      <source>This bundle is damaged (its structure is broken). Nothing was imported.</source>
      <translation>Ce paquet est endommagé (sa structure est cassée). Rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="93" />
      <source>This bundle was not made for your organisation (or its address part was damaged). Nothing was imported.</source>
      <translation>Ce paquet n’a pas été fait pour votre organisation (ou la partie adresse est endommagée). Rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="99" />
      <source>This bundle comes from an organisation that is not among your partners. Nothing was imported. Add and verify the partner first.</source>
      <translation>Ce paquet vient d’une organisation qui ne fait pas partie de vos partenaires. Rien n’a été importé. Ajoutez et vérifiez d’abord le partenaire.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="104" />
      <source>This bundle is signed with keys that are not the ones you verified for this partner. Nothing was imported. Call the partner before doing anything else.</source>
      <translation>Ce paquet est signé avec des clés qui ne sont pas celles que vous avez vérifiées pour ce partenaire. Rien n’a été importé. Appelez le partenaire avant toute autre chose.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="109" />
      <source>This bundle was made for other organisations and re-addressed to you. Nothing was imported.</source>
      <translation>Ce paquet a été fait pour d’autres organisations et réadressé à vous. Rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="115" />
      <source>This bundle is signed correctly, but part of its content is not acceptable (%1: %2). Nothing was imported.</source>
      <translation>Ce paquet est correctement signé, mais une partie de son contenu n’est pas acceptable (%1 : %2). Rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="124" />
      <source>The bundle could not be made or read. Nothing was changed.</source>
      <translation>Le paquet n’a pas pu être fait ou lu. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="128" />
      <source>This bundle was already imported. Importing it again is refused (it could be a replay).</source>
      <translation>Ce paquet a déjà été importé. Une nouvelle importation est refusée (ce pourrait être un rejeu).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="132" />
      <source>This bundle holds more than %1 records; ask the sender to split it.</source>
      <translation>Ce paquet contient plus de %1 enregistrements ; demandez à l’expéditeur de le diviser.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="135" />
      <source>This bundle comes from a laptop that was removed from your organisation. Nothing was imported.</source>
      <translation>Ce paquet vient d’un ordinateur qui a été retiré de votre organisation. Rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="140" />
      <source>This bundle was made on this laptop; there is nothing to import.</source>
      <translation>Ce paquet a été fait sur cet ordinateur ; il n’y a rien à importer.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="143" />
      <source>There is nothing to export.</source>
      <translation>Il n’y a rien à exporter.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="146" />
      <source>%1 case(s) have no consent for this partner. Record his consent, or give a written reason to export anyway.</source>
      <translation>Dossiers sans consentement pour ce partenaire : %1. Enregistrez son consentement, ou donnez une raison écrite pour exporter quand même.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="151" />
      <source>There is no redaction profile with this name.</source>
      <translation>Il n’y a aucun profil de masquage de ce nom.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="154" />
      <source>This field is no longer in conflict (someone resolved it already).</source>
      <translation>Ce champ n’est plus en conflit (quelqu’un l’a déjà résolu).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="157" />
      <source>This partner is no longer in the vault.</source>
      <translation>Ce partenaire n’est plus dans le coffre.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="160" />
      <source>This id matches several partners.</source>
      <translation>Ce numéro correspond à plusieurs partenaires.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="163" />
      <source>This partner is already in your vault.</source>
      <translation>Ce partenaire est déjà dans votre coffre.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="166" />
      <source>This is your own organisation's identity card.</source>
      <translation>C’est la carte d’identité de votre propre organisation.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="169" />
      <source>The code does NOT match. Do not trust this partner's keys: the card may have been swapped on its way. Get a new card from the partner through another channel.</source>
      <translation>Le code NE correspond PAS. Ne faites pas confiance aux clés de ce partenaire : la carte a peut-être été échangée en route. Obtenez une nouvelle carte du partenaire par un autre moyen.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="178" />
      <source>It is addressed to your organisation.</source>
      <translation>Il est adressé à votre organisation.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="179" />
      <source>Nothing in it was changed after it was made.</source>
      <translation>Rien n’y a été modifié après sa création.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="180" />
      <source>It is complete: nothing was cut off or added.</source>
      <translation>Il est complet : rien n’a été coupé ni ajouté.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="181" />
      <source>The sender's signatures are genuine.</source>
      <translation>Les signatures de l’expéditeur sont authentiques.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="182" />
      <source>It was not re-addressed: you are among the recipients the sender signed.</source>
      <translation>Il n’a pas été réadressé : vous êtes parmi les destinataires que l’expéditeur a signés.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="185" />
      <source>The sender is a partner you verified, and not revoked.</source>
      <translation>L’expéditeur est un partenaire que vous avez vérifié, et il n’est pas révoqué.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="188" />
      <source>It was never imported before.</source>
      <translation>Il n’a jamais été importé auparavant.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="189" />
      <source>Every record in it is well-formed.</source>
      <translation>Chaque enregistrement qu’il contient est bien formé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="190" />
      <source>Every screening in it carries a valid signature.</source>
      <translation>Chaque vérification qu’il contient porte une signature valide.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="196" />
      <source>Name in Cyrillic</source>
      <translation>Nom en cyrillique</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="197" />
      <source>Name in Latin letters</source>
      <translation>Nom en lettres latines</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="198" />
      <source>Aliases</source>
      <translation>Autres noms</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="199" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="200" />
      <source>Place of birth</source>
      <translation>Lieu de naissance</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="201" />
      <source>Service</source>
      <translation>Armée</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="202" />
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="203" />
      <source>Rank</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="204" />
      <source>Call-up date</source>
      <translation>Date de mobilisation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="205" />
      <source>Proof of call-up</source>
      <translation>Preuve de mobilisation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="206" />
      <source>Country now</source>
      <translation>Pays actuel</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="207" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="208" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="209" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="210" />
      <source>Contact channel</source>
      <translation>Moyen de contact</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="211" />
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="212" />
      <source>Caseworker</source>
      <translation>Chargé de dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="213" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="214" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="218" />
      <source>standard — everything except the contact channel and the caseworker</source>
      <translation>standard — tout sauf le moyen de contact et le chargé de dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="221" />
      <source>full — everything (your own laptops only)</source>
      <translation>full — tout (uniquement vos propres ordinateurs)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="222" />
      <source>minimal — who he is and where his case stands</source>
      <translation>minimal — qui il est et où en est son dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="254" />
      <source>Revoked</source>
      <translation>Révoqué</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="256" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="257" />
      <source>Not verified</source>
      <translation>Non vérifié</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="43" />
      <source>its organisation id is not valid</source>
      <translation>son identifiant d’organisation n’est pas valide</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="44" />
      <source>its organisation name is empty, too long, or has invisible or control characters</source>
      <translation>le nom de son organisation est vide, trop long, ou contient des caractères invisibles ou de contrôle</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="48" />
      <source>the kind of organisation it names is not valid</source>
      <translation>le type d’organisation indiqué n’est pas valide</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="49" />
      <source>its country is not a two-letter country code</source>
      <translation>son pays n’est pas un code de pays à deux lettres</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="50" />
      <source>its creation date is not valid</source>
      <translation>sa date de création n’est pas valide</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="136" />
      <source>This partner's keys changed on %1. Nothing was sent or imported. Call them, compare the new short code and confirm it (Partners and exchange → Confirm new keys…) before you trust the new keys.</source>
      <translation>Les clés de ce partenaire ont changé le %1. Rien n’a été envoyé ni importé. Appelez-le, comparez le nouveau code court et confirmez-le (Partenaires et échanges → Confirmer les nouvelles clés…) avant de faire confiance aux nouvelles clés.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="142" />
      <source>None of your organisation's earlier keys has the fingerprint %1.</source>
      <translation>Aucune des anciennes clés de votre organisation n’a l’empreinte %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="210" />
      <source>No name in it can disguise text or point outside a folder.</source>
      <translation>Aucun nom qu’il contient ne peut déguiser du texte ou pointer hors d’un répertoire.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="276" />
      <source>Keys changed on %1: compare the new short code to confirm</source>
      <translation>Clés changées le %1 : comparez le nouveau code court pour confirmer</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="22" />
      <source>it is empty</source>
      <translation>il est vide</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="23" />
      <source>it is too long</source>
      <translation>il est trop long</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="24" />
      <source>it contains control characters (such as line breaks or NUL)</source>
      <translation>il contient des caractères de contrôle (comme des sauts de ligne ou NUL)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="27" />
      <source>it contains invisible characters that can hide or reorder text</source>
      <translation>il contient des caractères invisibles qui peuvent cacher ou réordonner le texte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="30" />
      <source>it contains unusual space characters</source>
      <translation>il contient des espaces inhabituels</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="31" />
      <source>it contains characters that are not valid text</source>
      <translation>il contient des caractères qui ne sont pas du texte valide</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="32" />
      <source>it is a path to a folder or file, not a plain name</source>
      <translation>c’est un chemin vers un répertoire ou un fichier, pas un simple nom</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="33" />
      <source>it has characters or a form that file systems do not allow</source>
      <translation>il contient des caractères ou une forme que les systèmes de fichiers n’acceptent pas</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="38" />
      <source>an evaluator's name</source>
      <translation>le nom d’un évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="39" />
      <source>an evaluator's role</source>
      <translation>le rôle d’un évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="40" />
      <source>the organisation's name</source>
      <translation>le nom de l’organisation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="54" />
      <source>it is not safe to show</source>
      <translation>il n’est pas sûr de l’afficher</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="61" />
      <source>An attachment of case %1 arrived with an unsafe file name (%2); it will be stored as “%3”.</source>
      <translation>Une pièce jointe du dossier %1 est arrivée avec un nom de fichier dangereux (%2) ; elle sera enregistrée sous « %3 ».</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="75" />
      <source>This bundle is signed correctly, but %1 in it cannot be shown safely: %2. Someone may be trying to disguise text. Nothing was imported; tell the sender.</source>
      <translation>Ce paquet est correctement signé, mais %1 qu’il contient ne peut pas être affiché sans risque : %2. Quelqu’un essaie peut-être de déguiser du texte. Rien n’a été importé ; prévenez l’expéditeur.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="81" />
      <source>a name</source>
      <translation>un nom</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="89" />
      <source>This name cannot be used: %1.</source>
      <translation>Ce nom ne peut pas être utilisé : %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="92" />
      <source>The code you typed is not the one the new laptop shows. Nothing was sealed or written. Enrolment is done in person: with both laptops side by side, make a new join request on the new laptop and type the code it shows.</source>
      <translation>Le code que vous avez tapé n’est pas celui qu’affiche le nouvel ordinateur. Rien n’a été scellé ni écrit. L’enrôlement se fait en personne : avec les deux ordinateurs côte à côte, faites une nouvelle demande d’adhésion sur le nouvel ordinateur et tapez le code qu’il affiche.</translation>
    </message>
      <message>
        <source>This card carries keys that were revoked: whoever sent it may hold a stolen key. Ask the organisation, by phone or in person, for a card with new keys.</source>
        <translation>Cette carte porte des clés qui ont été révoquées : son expéditeur détient peut-être une clé volée. Demandez à l’organisation, par téléphone ou en personne, une carte avec de nouvelles clés.</translation>
    </message>
    <message>
        <source>An identifier is not valid (letters, digits and . _ : - only). Nothing was written.</source>
        <translation>Un identifiant n’est pas valide (lettres, chiffres et . _ : - uniquement). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>A record could not be put into the bundle. Nothing was written.</source>
        <translation>Un enregistrement n’a pas pu être mis dans le paquet. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This bundle was already finished. Start the export again.</source>
        <translation>Ce paquet était déjà terminé. Relancez l’exportation.</translation>
    </message>
    <message>
        <source>The same partner was chosen twice. Choose each partner once.</source>
        <translation>Le même partenaire a été choisi deux fois. Choisissez chaque partenaire une seule fois.</translation>
    </message>
    <message>
        <source>The bundle or card could not be used. Nothing was imported or sent.</source>
        <translation>Le paquet ou la carte n’a pas pu être utilisé. Rien n’a été importé ni envoyé.</translation>
    </message>
    <message>
        <source>Only a new, empty vault can join an organisation. This one already holds records.</source>
        <translation>Seul un coffre neuf et vide peut rejoindre une organisation. Celui-ci contient déjà des enregistrements.</translation>
    </message>
    <message>
        <source>There is no key change to announce.</source>
        <translation>Il n’y a aucun changement de clés à annoncer.</translation>
    </message>
    <message>
        <source>This bundle was signed on a laptop that its organisation has removed (for example because it was seized). Nothing was imported. Bundles from that laptop are refused whatever date they carry; ask for anything you still need to be sent again from another laptop.</source>
        <translation>Ce paquet a été signé sur un ordinateur que son organisation a retiré (par exemple parce qu’il a été saisi). Rien n’a été importé. Les paquets de cet ordinateur sont refusés quelle que soit leur date ; demandez que tout ce dont vous avez encore besoin vous soit renvoyé depuis un autre ordinateur.</translation>
    </message>
    <message>
        <source>This bundle was signed on a laptop whose certificate from its organisation is forged or damaged. Nothing was imported. Call the sender before doing anything else.</source>
        <translation>Ce paquet a été signé sur un ordinateur dont le certificat délivré par son organisation est falsifié ou endommagé. Rien n’a été importé. Appelez l’expéditeur avant toute autre chose.</translation>
    </message>
    <message>
        <source>This laptop's own keys are not yet certified by your organisation's current keys, so it cannot do without the organisation's keys. Nothing was changed.</source>
        <translation>Les propres clés de cet ordinateur ne sont pas encore certifiées par les clés actuelles de votre organisation : il ne peut donc pas se passer des clés de l’organisation. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your organisation's keys are not kept on this laptop. Do this on a laptop that keeps them (see the guide on laptops and keys).</source>
        <translation>Les clés de votre organisation ne sont pas gardées sur cet ordinateur. Faites-le sur un ordinateur qui les garde (voir le guide sur les ordinateurs et les clés).</translation>
    </message>
    <message>
        <source>automatic import is off for this sender, so every bundle waits</source>
        <translation>l’import automatique est désactivé pour cet expéditeur, donc chaque paquet attend</translation>
    </message>
    <message>
        <source>it brings edits that conflict with yours</source>
        <translation>il apporte des modifications en conflit avec les vôtres</translation>
    </message>
    <message>
        <source>it brings a case that may be a man you already have</source>
        <translation>il apporte un dossier qui concerne peut-être un homme que vous avez déjà</translation>
    </message>
    <message>
        <source>part of it may not be applied (changes the sender may not make here)</source>
        <translation>une partie ne peut pas être appliquée (des modifications que l’expéditeur n’a pas le droit de faire ici)</translation>
    </message>
    <message>
        <source>the sender asks you to erase cases</source>
        <translation>l’expéditeur vous demande d’effacer des dossiers</translation>
    </message>
    <message>
        <source>the sender announces a change of its keys</source>
        <translation>l’expéditeur annonce un changement de ses clés</translation>
    </message>
    <message>
        <source>not a CaseVault bundle</source>
        <translation>ce n’est pas un paquet CaseVault</translation>
    </message>
    <message>
        <source>changed, cut short or damaged after it was made</source>
        <translation>modifié, tronqué ou endommagé après sa création</translation>
    </message>
    <message>
        <source>not made for your organisation</source>
        <translation>il n’est pas destiné à votre organisation</translation>
    </message>
    <message>
        <source>signed by no partner you know (or by keys you do not hold for it)</source>
        <translation>signé par aucun partenaire que vous connaissez (ou par des clés que vous n’avez pas pour lui)</translation>
    </message>
    <message>
        <source>its sender is not verified, or its keys were revoked</source>
        <translation>son expéditeur n’est pas vérifié, ou ses clés ont été révoquées</translation>
    </message>
    <message>
        <source>made on a laptop removed from your organisation</source>
        <translation>fait sur un ordinateur retiré de votre organisation</translation>
    </message>
    <message>
        <source>made on this laptop: the outbox and inbox folders are crossed</source>
        <translation>fait sur cet ordinateur : les répertoires d’envoi et de réception sont inversés</translation>
    </message>
    <message>
        <source>authentic, but from another sender than the one this folder is for</source>
        <translation>authentique, mais d’un autre expéditeur que celui auquel ce répertoire est destiné</translation>
    </message>
    <message>
        <source>its content breaks the rules of the bundle format</source>
        <translation>son contenu enfreint les règles du format des paquets</translation>
    </message>
    <message>
        <source>rejected by a person</source>
        <translation>refusé par une personne</translation>
    </message>
    <message>
        <source>not accepted; import it by hand to see why</source>
        <translation>non accepté ; importez-le à la main pour savoir pourquoi</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the USB stick or shared drive connected?).</source>
        <translation>Le répertoire %1 n’existe pas (la clé USB ou le disque partagé est-il connecté ?).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un répertoire.</translation>
    </message>
    <message>
        <source>The outbox and the inbox must be two different folders (%1): otherwise CaseVault would pick up its own bundles.</source>
        <translation>Le répertoire d’envoi et le répertoire de réception doivent être deux répertoires différents (%1) : sinon CaseVault récupérerait ses propres paquets.</translation>
    </message>
    <message>
        <source>No outbox folder is set for this partner: set one in Transport folders.</source>
        <translation>Aucun répertoire d’envoi n’est défini pour ce partenaire : définissez-en un dans « Répertoires d’échange ».</translation>
    </message>
    <message>
        <source>No inbox folder is set for this partner: set one in Transport folders.</source>
        <translation>Aucun répertoire de réception n’est défini pour ce partenaire : définissez-en un dans « Répertoires d’échange ».</translation>
    </message>
    <message>
        <source>This bundle no longer waits (it was imported, rejected or moved). The list is updated.</source>
        <translation>Ce paquet n’attend plus (il a été importé, refusé ou déplacé). La liste est mise à jour.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have no consent for this partner. Record his consent, or give a written reason to export anyway.</source>
        <translation>
            <numerusform>%n dossier n’a pas de consentement pour ce partenaire. Enregistrez le consentement de l’intéressé, ou donnez un motif écrit pour exporter malgré tout.</numerusform>
            <numerusform>%n dossiers n’ont pas de consentement pour ce partenaire. Enregistrez le consentement des intéressés, ou donnez un motif écrit pour exporter malgré tout.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>PartnersPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="66" />
      <source>Who receives the bundle?</source>
      <translation>Qui reçoit le paquet ?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="67" />
      <source>Only partners you verified can be chosen.</source>
      <translation>Seuls les partenaires que vous avez vérifiés peuvent être choisis.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="69" />
      <source>Recipients</source>
      <translation>Destinataires</translation>
    </message>
  </context>
  <context>
    <name>PartnersView</name>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="62" />
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="64" />
      <source>Your organisation's identity card</source>
      <translation>La carte d’identité de votre organisation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="67" />
      <source>Send this card to a partner (it holds only public keys), then compare the short code with them by phone or in person.</source>
      <translation>Envoyez cette carte à un partenaire (elle ne contient que des clés publiques), puis comparez le code court avec lui par téléphone ou en personne.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="73" />
      <source>&amp;Save card to a file…</source>
      <translation>Enre&amp;gistrer la carte dans un fichier…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="74" />
      <source>Save your identity card to a file</source>
      <translation>Enregistrer votre carte d’identité dans un fichier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="75" />
      <source>&amp;Copy card as text</source>
      <translation>&amp;Copier la carte en texte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="76" />
      <source>Copy your identity card as text</source>
      <translation>Copier votre carte d’identité en texte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="79" />
      <source>The clipboard is cleared after a minute unless you have copied something else since.</source>
      <translation>Le presse-papiers est vidé au bout d’une minute, sauf si vous avez copié autre chose entre-temps.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="92" />
      <source>Partner list</source>
      <translation>Liste des partenaires</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="95" />
      <source>Partner</source>
      <translation>Partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="96" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="97" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="98" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="99" />
      <source>Fingerprint</source>
      <translation>Empreinte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="111" />
      <source>Add from a &amp;file…</source>
      <translation>Ajouter depuis un &amp;fichier…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="112" />
      <source>Add a partner from a card file</source>
      <translation>Ajouter un partenaire depuis un fichier de carte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="113" />
      <source>Add from &amp;text…</source>
      <translation>Ajouter depuis un &amp;texte…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="114" />
      <source>Add a partner from pasted text</source>
      <translation>Ajouter un partenaire depuis un texte collé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="115" />
      <source>&amp;Verify…</source>
      <translation>&amp;Vérifier…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="116" />
      <source>Verify the selected partner</source>
      <translation>Vérifier le partenaire sélectionné</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="117" />
      <source>&amp;Revoke…</source>
      <translation>&amp;Révoquer…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="118" />
      <source>Revoke the selected partner</source>
      <translation>Révoquer le partenaire sélectionné</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="121" />
      <source>Redaction profile of the selected partner</source>
      <translation>Profil de masquage du partenaire sélectionné</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="124" />
      <source>What stays home under this profile</source>
      <translation>Ce qui reste ici avec ce profil</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="126" />
      <source>Redaction &amp;profile:</source>
      <translation>&amp;Profil de masquage :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="134" />
      <source>Partner status message</source>
      <translation>Message d’état des partenaires</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="222" />
      <source>Select a partner to see what it receives.</source>
      <translation>Sélectionnez un partenaire pour voir ce qu’il reçoit.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="231" />
      <source>Never sent to this partner: %1</source>
      <translation>Jamais envoyé à ce partenaire : %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="232" />
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="247" />
      <source>%1 now receives cases under the profile “%2”.</source>
      <translation>%1 reçoit désormais les dossiers avec le profil « %2 ».</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="256" />
      <source>CaseVault identity cards (*.card);;All files (*)</source>
      <translation>Cartes d’identité CaseVault (*.card);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="265" />
      <source>Save your identity card</source>
      <translation>Enregistrer votre carte d’identité</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="273" />
      <source>Could not write the card to this place.</source>
      <translation>Impossible d’écrire la carte à cet endroit.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="279" />
      <source>Card saved. Your fingerprint: %1</source>
      <translation>Carte enregistrée. Votre empreinte : %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="292" />
      <source>Card copied. Paste it into a message to the partner within a minute.</source>
      <translation>Carte copiée. Collez-la dans un message au partenaire dans la minute.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="299" />
      <source>Open a partner's identity card</source>
      <translation>Ouvrir la carte d’identité d’un partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="306" />
      <source>Could not read this file.</source>
      <translation>Impossible de lire ce fichier.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="326" />
      <source>%1 was added. It is not verified yet: compare the code with them now.</source>
      <translation>%1 a été ajouté. Il n’est pas encore vérifié : comparez le code avec lui maintenant.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="353" />
      <source>%1 is verified. You can now exchange bundles with them.</source>
      <translation>%1 est vérifié. Vous pouvez maintenant échanger des paquets avec lui.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="367" />
      <source>Revoke partner</source>
      <translation>Révoquer le partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="369" />
      <source>Stop accepting anything signed by %1's current keys? Do this if their laptop or keys were lost or seized. They will need to send a new card.</source>
      <translation>Ne plus rien accepter de ce qui est signé par les clés actuelles de %1 ? Faites-le si son ordinateur ou ses clés ont été perdus ou saisis. Il devra envoyer une nouvelle carte.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="382" />
      <source>%1 is revoked.</source>
      <translation>%1 est révoqué.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="220" />
      <source>&amp;Confirm new keys…</source>
      <translation>&amp;Confirmer les nouvelles clés…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="222" />
      <source>Compare the new short code of the selected partner</source>
      <translation>Comparer le nouveau code court du partenaire sélectionné</translation>
    </message>
      <message>
        <source>&amp;Transport folders…</source>
        <translation>Répertoires &amp;d’échange…</translation>
    </message>
    <message>
        <source>Outbox and inbox folders of the selected partner</source>
        <translation>Répertoires d’envoi et de réception du partenaire sélectionné</translation>
    </message>
    <message>
        <source>Key &amp;history…</source>
        <translation>&amp;Historique des clés…</translation>
    </message>
    <message>
        <source>Key history of the selected partner</source>
        <translation>Historique des clés du partenaire sélectionné</translation>
    </message>
</context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="170" />
      <source>What leaves your vault</source>
      <translation>Ce qui quitte votre coffre</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="173" />
      <source>Export summary</source>
      <translation>Résumé de l’exportation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="175" />
      <source>Fields leaving, per case</source>
      <translation>Champs qui partent, par dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="176" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="176" />
      <source>Leaves</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="176" />
      <source>Stays home</source>
      <translation>Reste ici</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="183" />
      <source>Consent warning</source>
      <translation>Avertissement de consentement</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="185" />
      <source>&amp;Send anyway, without his recorded consent (the reason is audited)</source>
      <translation>&amp;Envoyer quand même, sans son consentement enregistré (la raison est inscrite au journal d’audit)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="187" />
      <source>Send without recorded consent</source>
      <translation>Envoyer sans consentement enregistré</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="189" />
      <source>Reason for sending without consent</source>
      <translation>Raison de l’envoi sans consentement</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="190" />
      <source>Why must this go without his consent?</source>
      <translation>Pourquoi cela doit-il partir sans son consentement ?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="224" />
      <source>To: %1 (redaction profile: %2). %3 case(s). Never leaves under this profile: %4.</source>
      <translation>À : %1 (profil de masquage : %2). Dossiers : %3. Ne part jamais avec ce profil : %4.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="229" />
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="244" />
      <source>No consent recorded for %1</source>
      <translation>Aucun consentement enregistré pour %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="256" />
      <source>In %1 case(s) the man has not consented to his file going to these partners. Go back and leave those cases out, or send anyway with a written reason.</source>
      <translation>Dans certains dossiers (%1), l’intéressé n’a pas consenti à ce que son dossier aille à ces partenaires. Revenez en arrière et laissez ces dossiers de côté, ou envoyez quand même avec une raison écrite.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="189" />
      <source>What the import would change</source>
      <translation>Ce que l’importation changerait</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="192" />
      <source>Import summary</source>
      <translation>Résumé de l’importation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="194" />
      <source>Changes, per case</source>
      <translation>Modifications, par dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="195" />
      <source>Case or field</source>
      <translation>Dossier ou champ</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="195" />
      <source>Now</source>
      <translation>Maintenant</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="195" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="202" />
      <source>&amp;Apply</source>
      <translation>&amp;Appliquer</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="215" />
      <source>From %1: %2 new case(s), %3 changed case(s), %4 field(s) in conflict, %5 new timeline event(s), %6 new screening(s), %7 deletion(s), %8 attachment(s).</source>
      <translation>De %1 : nouveaux dossiers : %2, dossiers modifiés : %3, champs en conflit : %4, nouveaux événements : %5, nouvelles vérifications : %6, suppressions : %7, pièces jointes : %8.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="228" />
      <source>New cases</source>
      <translation>Nouveaux dossiers</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="232" />
      <source>Possibly the same man as %1</source>
      <translation>Peut-être la même personne que %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="240" />
      <source>Changed cases</source>
      <translation>Dossiers modifiés</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="246" />
      <source>%1 (conflict: both values kept)</source>
      <translation>%1 (conflit : les deux valeurs sont conservées)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="237" />
      <source>File names made safe</source>
      <translation>Noms de fichiers rendus sûrs</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="272" />
      <source>Evaluations not counted</source>
      <translation>Évaluations non comptées</translation>
    </message>
      <message>
        <source>New since the last exchange</source>
        <translation>Nouveau depuis le dernier échange</translation>
    </message>
    <message>
        <source>Send &amp;every case again, not only what changed</source>
        <translation>Renvoyer &amp;tous les dossiers, pas seulement ce qui a changé</translation>
    </message>
    <message>
        <source>Send every case again</source>
        <translation>Renvoyer tous les dossiers</translation>
    </message>
    <message>
        <source>New since your last exchange (acknowledged on %1): %2 case(s) changed, of them %3 new. %4 unchanged case(s) are not sent again.</source>
        <translation>Nouveau depuis votre dernier échange (accusé de réception du %1) : dossiers modifiés : %2, dont nouveaux : %3. Dossiers inchangés, non renvoyés : %4.</translation>
    </message>
    <message numerus="yes">
        <source>To: %1 (redaction profile: %2). %n case(s). Never leaves under this profile: %3.</source>
        <translation>
            <numerusform>Destinataire : %1 (profil de masquage : %2). %n dossier. Ne sort jamais avec ce profil : %3.</numerusform>
            <numerusform>Destinataire : %1 (profil de masquage : %2). %n dossiers. Ne sort jamais avec ce profil : %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New since your last exchange (acknowledged on %1): %n case(s) changed.</source>
        <translation>
            <numerusform>Nouveau depuis votre dernier échange (confirmé le %1) : %n dossier modifié.</numerusform>
            <numerusform>Nouveau depuis votre dernier échange (confirmé le %1) : %n dossiers modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n new.</source>
        <translation>
            <numerusform>Dont %n nouveau.</numerusform>
            <numerusform>Dont %n nouveaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged case(s) are not sent again.</source>
        <translation>
            <numerusform>%n dossier inchangé n’est pas renvoyé.</numerusform>
            <numerusform>%n dossiers inchangés ne sont pas renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n case(s) the man has not consented to his file going to these partners. Go back and leave those cases out, or send anyway with a written reason.</source>
        <translation>
            <numerusform>Dans %n dossier, l’intéressé n’a pas consenti à ce que son dossier aille à ces partenaires. Revenez en arrière pour écarter ce dossier, ou envoyez malgré tout avec un motif écrit.</numerusform>
            <numerusform>Dans %n dossiers, l’intéressé n’a pas consenti à ce que son dossier aille à ces partenaires. Revenez en arrière pour écarter ces dossiers, ou envoyez malgré tout avec un motif écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n nouveau dossier</numerusform>
            <numerusform>%n nouveaux dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed case(s)</source>
        <translation>
            <numerusform>%n dossier modifié</numerusform>
            <numerusform>%n dossiers modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in conflict</source>
        <translation>
            <numerusform>%n champ en conflit</numerusform>
            <numerusform>%n champs en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new timeline event(s)</source>
        <translation>
            <numerusform>%n nouvel événement de chronologie</numerusform>
            <numerusform>%n nouveaux événements de chronologie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new screening(s)</source>
        <translation>
            <numerusform>%n nouvelle vérification</numerusform>
            <numerusform>%n nouvelles vérifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>De %1 :</translation>
    </message>
</context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="347" />
      <source>Exporting</source>
      <translation>Exportation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="349" />
      <source>Export progress</source>
      <translation>Progression de l’exportation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="350" />
      <source>&amp;Cancel export</source>
      <translation>&amp;Annuler l’exportation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="351" />
      <source>Cancel export</source>
      <translation>Annuler l’exportation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="354" />
      <source>Export result</source>
      <translation>Résultat de l’exportation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="357" />
      <source>Bundle as text</source>
      <translation>Paquet en texte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="358" />
      <source>C&amp;opy text</source>
      <translation>C&amp;opier le texte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="359" />
      <source>Copy the bundle text</source>
      <translation>Copier le texte du paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="376" />
      <source>Writing the bundle…</source>
      <translation>Écriture du paquet…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="398" />
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="411" />
      <source>Done: %1 case(s) exported.</source>
      <translation>Terminé : dossiers exportés : %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="413" />
      <source>Saved as %1.</source>
      <translation>Enregistré sous %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="415" />
      <source>Copy the text below into your message.</source>
      <translation>Copiez le texte ci-dessous dans votre message.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="433" />
      <source>Export cancelled. Nothing was saved.</source>
      <translation>Exportation annulée. Rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="435" />
      <source>No bundle file was left behind.</source>
      <translation>Aucun fichier de paquet n’a été laissé.</translation>
    </message>
      <message numerus="yes">
        <source>Done: %n case(s) exported.</source>
        <translation>
            <numerusform>Terminé : %n dossier exporté.</numerusform>
            <numerusform>Terminé : %n dossiers exportés.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>SourcePage</name>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="57" />
      <source>Which bundle?</source>
      <translation>Quel paquet ?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="58" />
      <source>Nothing is imported before you have seen what it contains.</source>
      <translation>Rien n’est importé avant que vous ayez vu ce qu’il contient.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="59" />
      <source>A bundle &amp;file</source>
      <translation>Un &amp;fichier de paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="60" />
      <source>A bundle file</source>
      <translation>Un fichier de paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="61" />
      <source>Bundle &amp;text pasted from a message</source>
      <translation>Un &amp;texte de paquet collé depuis un message</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="62" />
      <source>Pasted bundle text</source>
      <translation>Texte de paquet collé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="68" />
      <source>Bundle file name</source>
      <translation>Nom du fichier du paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="69" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="70" />
      <source>Choose a bundle file</source>
      <translation>Choisir un fichier de paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="72" />
      <source>Bundle text</source>
      <translation>Texte du paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="91" />
      <source>Open a bundle</source>
      <translation>Ouvrir un paquet</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="91" />
      <source>CaseVault bundles (*.cvb);;All files (*)</source>
      <translation>Paquets CaseVault (*.cvb);;Tous les fichiers (*)</translation>
    </message>
  </context>
  <context>
    <name>VerifyPartnerDialog</name>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="115" />
      <source>Verify %1</source>
      <translation>Vérifier %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="116" />
      <source>Verify partner</source>
      <translation>Vérifier le partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="119" />
      <source>Call %1 (or meet in person) and ask them to read the code their CaseVault shows for your organisation. Type what they read below. Do not read yours out first: if someone swapped a card on its way, the codes differ.</source>
      <translation>Appelez %1 (ou rencontrez-le en personne) et demandez-lui de lire le code que son CaseVault affiche pour votre organisation. Tapez ce qu’il lit ci-dessous. Ne lisez pas le vôtre en premier : si quelqu’un a échangé une carte en route, les codes diffèrent.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="134" />
      <source>Short authentication code</source>
      <translation>Code d’authentification court</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="142" />
      <source>Partner's key fingerprint</source>
      <translation>Empreinte de la clé du partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="146" />
      <source>QR code of the partner's fingerprint</source>
      <translation>Code QR de l’empreinte du partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="148" />
      <source>The partner can scan this and compare it with their own fingerprint.</source>
      <translation>Le partenaire peut le scanner et le comparer avec sa propre empreinte.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="152" />
      <source>Code the partner reads</source>
      <translation>Code que lit le partenaire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="162" />
      <source>e.g. 04129 98310 …</source>
      <translation>par exemple 04129 98310 …</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="157" />
      <source>Verification result</source>
      <translation>Résultat de la vérification</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="160" />
      <source>Code:</source>
      <translation>Code :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="161" />
      <source>Fingerprint:</source>
      <translation>Empreinte :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="162" />
      <source>The partner &amp;reads:</source>
      <translation>Le partenaire &amp;lit :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="167" />
      <source>&amp;Mark as verified</source>
      <translation>&amp;Marquer comme vérifié</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="168" />
      <source>Mark as verified</source>
      <translation>Marquer comme vérifié</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="170" />
      <source>Not &amp;now</source>
      <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="171" />
      <source>Close without verifying</source>
      <translation>Fermer sans vérifier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="191" />
      <source>Type the code the partner reads to you.</source>
      <translation>Tapez le code que le partenaire vous lit.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/casevault/gui/main_window.py" />
      <source>Partners and &amp;keys…</source>
      <translation>Partenaires et &amp;clés…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/main_window.py" />
      <source>&amp;Import a bundle…</source>
      <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/main_window.py" />
      <source>&amp;Export a bundle…</source>
      <translation>&amp;Exporter un paquet…</translation>
    </message>
  </context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Inbox</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Bundles picked up from the inbox folders that wait for you. Set a partner's folders with Transport folders… in the partner list.</source>
        <translation>Les paquets récupérés dans les répertoires de réception qui vous attendent. Définissez les répertoires d’un partenaire avec « Répertoires d’échange… » dans la liste des partenaires.</translation>
    </message>
    <message>
        <source>Bundles waiting</source>
        <translation>Paquets en attente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Pourquoi il attend</translation>
    </message>
    <message>
        <source>&amp;Check inbox now</source>
        <translation>&amp;Vérifier la réception maintenant</translation>
    </message>
    <message>
        <source>Check the inbox folders now</source>
        <translation>Vérifier maintenant les répertoires de réception</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>E&amp;xaminer…</translation>
    </message>
    <message>
        <source>Review the selected bundle</source>
        <translation>Examiner le paquet sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Reject the selected bundle</source>
        <translation>Refuser le paquet sélectionné</translation>
    </message>
    <message>
        <source>Inbox status message</source>
        <translation>Message d’état de la réception</translation>
    </message>
    <message>
        <source>%1: imported (%2 new cases, %3 changed).</source>
        <translation>%1 : importé (nouveaux dossiers : %2, modifiés : %3).</translation>
    </message>
    <message>
        <source>%1: refused and moved to the refused folder: %2.</source>
        <translation>%1 : refusé et déplacé dans le répertoire des refusés : %2.</translation>
    </message>
    <message>
        <source>Could not send: %1</source>
        <translation>Impossible d’envoyer : %1</translation>
    </message>
    <message>
        <source>An inbox folder cannot be reached now (not connected?).</source>
        <translation>Un répertoire de réception est inaccessible pour le moment (non connecté ?).</translation>
    </message>
    <message>
        <source>Inbox checked: nothing new.</source>
        <translation>Réception vérifiée : rien de nouveau.</translation>
    </message>
    <message>
        <source>Reject this bundle?</source>
        <translation>Refuser ce paquet ?</translation>
    </message>
    <message>
        <source>The bundle from %1 is moved to the refused folder; nothing is imported.</source>
        <translation>Le paquet de %1 est déplacé dans le répertoire des refusés ; rien n’est importé.</translation>
    </message>
</context>
<context>
    <name>TransportDialog</name>
    <message>
        <source>Transport folders: %1</source>
        <translation>Répertoires d’échange : %1</translation>
    </message>
    <message>
        <source>Transport folders</source>
        <translation>Répertoires d’échange</translation>
    </message>
    <message>
        <source>CaseVault writes bundles for this partner into the outbox and picks up its bundles from the inbox. A USB stick, a shared drive or Syncthing moves the files. File names reveal nothing; the bundles stay encrypted.</source>
        <translation>CaseVault écrit les paquets pour ce partenaire dans le répertoire d’envoi et récupère ses paquets dans le répertoire de réception. Une clé USB, un disque partagé ou Syncthing transporte les fichiers. Les noms de fichiers ne révèlent rien ; les paquets restent chiffrés.</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Répertoire d’envoi</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Répertoire de réception</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation>Choisir le répertoire d’envoi</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation>Choisir le répertoire de réception</translation>
    </message>
    <message>
        <source>&amp;Import on their own the bundles that need no decision</source>
        <translation>&amp;Importer d’eux-mêmes les paquets qui ne demandent aucune décision</translation>
    </message>
    <message>
        <source>Automatic import</source>
        <translation>Import automatique</translation>
    </message>
    <message>
        <source>Off: every bundle waits for you in the list of bundles waiting. On: a bundle is applied on its own only if it brings no conflict, no possible duplicate, nothing refused, no erasure request and no key change; those always wait.</source>
        <translation>Désactivé : chaque paquet vous attend dans la liste des paquets en attente. Activé : un paquet n’est appliqué de lui-même que s’il n’apporte aucun conflit, aucun doublon possible, rien de refusé, aucune demande d’effacement ni aucun changement de clés ; ceux-là attendent toujours.</translation>
    </message>
    <message>
        <source>Also &amp;send a bundle whenever something changed</source>
        <translation>&amp;Aussi envoyer un paquet dès que quelque chose a changé</translation>
    </message>
    <message>
        <source>Send on every inbox check</source>
        <translation>Envoyer à chaque vérification de la réception</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Send a bundle into the outbox now</source>
        <translation>Envoyer maintenant un paquet dans le répertoire d’envoi</translation>
    </message>
    <message>
        <source>Transport status message</source>
        <translation>Message d’état des répertoires d’échange</translation>
    </message>
    <message>
        <source>O&amp;utbox:</source>
        <translation>Répertoire d’&amp;envoi :</translation>
    </message>
    <message>
        <source>&amp;Inbox:</source>
        <translation>Répertoire de &amp;réception :</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisissez un répertoire</translation>
    </message>
    <message>
        <source>Sent: %1 cases, in the file %2.</source>
        <translation>Envoyé dans le fichier %2. Dossiers : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n case(s), in the file %1.</source>
        <translation>
            <numerusform>Envoyé : %n dossier, dans le fichier %1.</numerusform>
            <numerusform>Envoyés : %n dossiers, dans le fichier %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
</context>
</TS>