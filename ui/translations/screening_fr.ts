<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AttachmentViewer</name>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="40" />
      <source>Attachment viewer</source>
      <translation>Visionneuse de pièces jointes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="50" />
      <source>Viewer problem</source>
      <translation>Problème de visionneuse</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="60" />
      <source>This kind of file cannot be shown here.</source>
      <translation>Ce type de fichier ne peut pas être affiché ici.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="64" />
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="65" />
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="66" />
      <source>Zoom in (Ctrl++)</source>
      <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="67" />
      <source>Zoom &amp;out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="68" />
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="69" />
      <source>Zoom out (Ctrl+-)</source>
      <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="70" />
      <source>&amp;Actual size</source>
      <translation>&amp;Taille réelle</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="71" />
      <source>Actual size</source>
      <translation>Taille réelle</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="72" />
      <source>Actual size (Ctrl+0)</source>
      <translation>Taille réelle (Ctrl+0)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="73" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="74" />
      <source>Close viewer</source>
      <translation>Fermer la visionneuse</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="102" />
      <source>This image cannot be shown: the file may be damaged.</source>
      <translation>Cette image ne peut pas être affichée : le fichier est peut-être endommagé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="106" />
      <source>Image</source>
      <translation>Image</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="109" />
      <source>Image, scrollable</source>
      <translation>Image, défilable</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="124" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="134" />
      <source>This PDF is protected by a password and cannot be shown.</source>
      <translation>Ce PDF est protégé par un mot de passe et ne peut pas être affiché.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="136" />
      <source>This PDF cannot be shown: the file may be damaged.</source>
      <translation>Ce PDF ne peut pas être affiché : le fichier est peut-être endommagé.</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="76" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="77" />
      <source>Save the case first; then you can attach files.</source>
      <translation>Enregistrez d’abord le dossier ; vous pourrez ensuite joindre des fichiers.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="80" />
      <source>Attachments of this case</source>
      <translation>Pièces jointes de ce dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>File name</source>
      <translation>Nom du fichier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Added</source>
      <translation>Ajoutée le</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="90" />
      <source>A&amp;dd file…</source>
      <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="90" />
      <source>Add file</source>
      <translation>Ajouter un fichier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="91" />
      <source>&amp;View</source>
      <translation>&amp;Afficher</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="91" />
      <source>View attachment</source>
      <translation>Afficher la pièce jointe</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="92" />
      <source>E&amp;xport a copy…</source>
      <translation>E&amp;xporter une copie…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="92" />
      <location filename="../../src/casevault/gui/attachments_panel.py" line="270" />
      <source>Export a copy</source>
      <translation>Exporter une copie</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="93" />
      <source>De&amp;lete…</source>
      <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="93" />
      <location filename="../../src/casevault/gui/attachments_panel.py" line="302" />
      <source>Delete attachment</source>
      <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="96" />
      <source>Working</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="106" />
      <source>Notice</source>
      <translation>Avis</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="110" />
      <source>Attachment problem</source>
      <translation>Problème de pièce jointe</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="161" />
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="163" />
      <source>Image</source>
      <translation>Image</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="164" />
      <source>Other file</source>
      <translation>Autre fichier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="224" />
      <source>“%1” is now stored encrypted in the vault. The original file is still on this computer (%2). If it should not stay there, delete it.</source>
      <translation>« %1 » est maintenant enregistré chiffré dans le coffre. Le fichier d’origine est toujours sur cet ordinateur (%2). S’il ne doit pas y rester, supprimez-le.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="239" />
      <source>This kind of file cannot be shown inside CaseVault. Export a copy to open it with another program.</source>
      <translation>Ce type de fichier ne peut pas être affiché dans CaseVault. Exportez une copie pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="271" />
      <source>The copy will not be encrypted.</source>
      <translation>La copie ne sera pas chiffrée.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="273" />
      <source>Anyone who gets hold of the disk or USB stick can read it. Save it only where it is needed, and delete it when it is no longer needed.</source>
      <translation>Toute personne qui met la main sur le disque ou la clé USB peut la lire. Enregistrez-la uniquement là où elle est nécessaire, et supprimez-la quand elle ne l’est plus.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="276" />
      <source>&amp;Choose where to save…</source>
      <translation>&amp;Choisir où enregistrer…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="290" />
      <source>An unencrypted copy was saved to %1. Delete it when it is no longer needed.</source>
      <translation>Une copie non chiffrée a été enregistrée dans %1. Supprimez-la quand elle n’est plus nécessaire.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="303" />
      <source>Delete “%1” from this case?</source>
      <translation>Supprimer « %1 » de ce dossier ?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="304" />
      <source>The file is removed from the vault for good. This cannot be undone.</source>
      <translation>Le fichier est retiré définitivement du coffre. C’est irréversible.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="305" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
      <message>
        <source>Add de&amp;rived copy…</source>
        <translation>Ajouter une cop&amp;ie dérivée…</translation>
    </message>
    <message>
        <source>Add derived copy</source>
        <translation>Ajouter une copie dérivée</translation>
    </message>
    <message>
        <source>Exa&amp;mine…</source>
        <translation>Exami&amp;ner…</translation>
    </message>
    <message>
        <source>Examine</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Anomalies recorded on documents</source>
        <translation>Anomalies relevées sur des documents</translation>
    </message>
    <message>
        <source>Type the date received as YYYY-MM-DD, or leave it empty.</source>
        <translation>Tapez la date de réception sous la forme AAAA-MM-JJ, ou laissez vide.</translation>
    </message>
    <message>
        <source>The examination note was signed.</source>
        <translation>La note d’examen a été signée.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n derived copies are removed too.</source>
        <translation>
            <numerusform>Sa copie dérivée (%n) est aussi supprimée.</numerusform>
            <numerusform>Ses %n copies dérivées sont aussi supprimées.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>EvaluationDialog</name>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="85" />
      <source>Correct evaluation %1</source>
      <translation>Corriger l’évaluation %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="87" />
      <source>Edit draft evaluation %1</source>
      <translation>Modifier le brouillon d’évaluation %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="89" />
      <source>New evaluation</source>
      <translation>Nouvelle évaluation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="96" />
      <source>You are correcting a signed evaluation. The correction is saved as a new draft; it replaces the old evaluation only when you finalise it. The old one stays visible.</source>
      <translation>Vous corrigez une évaluation signée. La correction est enregistrée comme nouveau brouillon ; elle ne remplace l’ancienne évaluation que lorsque vous la finalisez. L’ancienne reste visible.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="103" />
      <source>About corrections</source>
      <translation>À propos des corrections</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="114" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="120" />
      <source>&amp;Save draft</source>
      <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="121" />
      <source>Save draft</source>
      <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="123" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="124" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="137" />
      <source>Problem: %1</source>
      <translation>Problème : %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="144" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="147" />
      <source>Evaluator</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="146" />
      <source>&amp;Evaluator:</source>
      <translation>É&amp;valuateur :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="149" />
      <source>Name of a new evaluator</source>
      <translation>Nom d’un nouvel évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="150" />
      <source>New evaluator's name</source>
      <translation>Nom du nouvel évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="152" />
      <source>Role (optional)</source>
      <translation>Rôle (facultatif)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="153" />
      <source>New evaluator's role</source>
      <translation>Rôle du nouvel évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="154" />
      <source>Add e&amp;valuator</source>
      <translation>Ajouter un é&amp;valuateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="155" />
      <source>Add evaluator</source>
      <translation>Ajouter un évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="164" />
      <source>New evaluator</source>
      <translation>Nouvel évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="184" />
      <source>Date of the evaluation</source>
      <translation>Date de l’évaluation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="185" />
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="186" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="191" />
      <source>Method: %1</source>
      <translation>Méthode : %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="195" />
      <source>Methods:</source>
      <translation>Méthodes :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="196" />
      <source>Methods</source>
      <translation>Méthodes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="199" />
      <source>What was checked</source>
      <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="200" />
      <source>Checklist</source>
      <translation>Liste de contrôle</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="207" />
      <source>%1: result</source>
      <translation>%1 : résultat</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="211" />
      <source>What was seen</source>
      <translation>Ce qui a été constaté</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="212" />
      <source>%1: note</source>
      <translation>%1 : note</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="227" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="241" />
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="228" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="233" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="232" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="243" />
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="237" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="245" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="240" />
      <source>&amp;Verdict:</source>
      <translation>&amp;Verdict :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="242" />
      <source>C&amp;onfidence:</source>
      <translation>C&amp;onfiance :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="244" />
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="299" />
      <source>Not saved: correct the marked field.</source>
      <translation>Non enregistré : corrigez le champ signalé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="314" />
      <source>Write the evaluator's name.</source>
      <translation>Écrivez le nom de l’évaluateur.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="334" />
      <source>Choose who evaluated, or add a new evaluator.</source>
      <translation>Choisissez qui a évalué, ou ajoutez un nouvel évaluateur.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="337" />
      <source>Choose a verdict.</source>
      <translation>Choisissez un verdict.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="340" />
      <source>Choose how sure the evaluator is.</source>
      <translation>Choisissez le degré de certitude de l’évaluateur.</translation>
    </message>
  </context>
  <context>
    <name>EvaluationsPanel</name>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="72" />
      <source>Evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="73" />
      <source>Save the case first; then it can be screened.</source>
      <translation>Enregistrez d’abord le dossier ; il pourra ensuite être vérifié.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="76" />
      <source>Clearance</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="82" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="84" />
      <source>Evaluations of this case</source>
      <translation>Évaluations de ce dossier</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="87" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="88" />
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="89" />
      <source>Evaluator</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="90" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="91" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="92" />
      <source>Id</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="104" />
      <source>Screening problem</source>
      <translation>Problème de vérification</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="105" />
      <source>&amp;New evaluation…</source>
      <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="105" />
      <source>New evaluation</source>
      <translation>Nouvelle évaluation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="106" />
      <source>Edit d&amp;raft…</source>
      <translation>Modifier le b&amp;rouillon…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="106" />
      <source>Edit draft</source>
      <translation>Modifier le brouillon</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="107" />
      <source>Delete draft…</source>
      <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="107" />
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="318" />
      <source>Delete draft</source>
      <translation>Supprimer le brouillon</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="109" />
      <source>&amp;Finalise and sign…</source>
      <translation>&amp;Finaliser et signer…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="109" />
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="331" />
      <source>Finalise and sign</source>
      <translation>Finaliser et signer</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="112" />
      <source>&amp;Correct (supersede)…</source>
      <translation>Corri&amp;ger (remplacer)…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="112" />
      <source>Correct a signed evaluation</source>
      <translation>Corriger une évaluation signée</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="319" />
      <source>Delete the draft evaluation %1?</source>
      <translation>Supprimer le brouillon d’évaluation %1 ?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="320" />
      <source>The draft is removed for good. This cannot be undone.</source>
      <translation>Le brouillon est supprimé définitivement. C’est irréversible.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="321" />
      <source>&amp;Delete draft</source>
      <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="332" />
      <source>Finalise and sign the evaluation %1?</source>
      <translation>Finaliser et signer l’évaluation %1 ?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="336" />
      <source>Once signed, it cannot be changed or deleted afterwards. A mistake can only be corrected by a new evaluation that supersedes it.</source>
      <translation>Une fois signée, elle ne pourra plus être modifiée ni supprimée. Une erreur ne peut être corrigée que par une nouvelle évaluation qui la remplace.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="339" />
      <source>&amp;Finalise and sign</source>
      <translation>&amp;Finaliser et signer</translation>
    </message>
  </context>
  <context>
    <name>FileChoosers</name>
    <message>
      <location filename="../../src/casevault/gui/file_choosers.py" line="48" />
      <location filename="../../src/casevault/gui/file_choosers.py" line="52" />
      <source>Choose a file to attach</source>
      <translation>Choisir un fichier à joindre</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/file_choosers.py" line="61" />
      <location filename="../../src/casevault/gui/file_choosers.py" line="66" />
      <source>Save an unencrypted copy as</source>
      <translation>Enregistrer une copie non chiffrée sous</translation>
    </message>
  </context>
  <context>
    <name>Questions</name>
    <message>
      <location filename="../../src/casevault/gui/questions.py" line="34" />
      <location filename="../../src/casevault/gui/questions.py" line="35" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>ScreeningText</name>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="39" />
      <source>Interview</source>
      <translation>Entretien</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="40" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="41" />
      <source>Open-source check</source>
      <translation>Vérification en sources ouvertes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="42" />
      <source>References</source>
      <translation>Références</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="43" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="46" />
      <source>Deployment places and dates</source>
      <translation>Lieux et dates de déploiement</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="47" />
      <source>Unit and its record</source>
      <translation>Unité et son historique</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="48" />
      <source>Part in operations against civilians</source>
      <translation>Participation à des opérations contre des civils</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="49" />
      <source>Call-up proof</source>
      <translation>Preuve de mobilisation</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="50" />
      <source>Identity documents</source>
      <translation>Pièces d’identité</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="53" />
      <source>Not checked</source>
      <translation>Non vérifié</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="54" />
      <source>Checked, no concerns</source>
      <translation>Vérifié, rien à signaler</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="55" />
      <source>Concerns</source>
      <translation>Doutes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="58" />
      <source>Cleared</source>
      <translation>Validé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="59" />
      <source>Not cleared</source>
      <translation>Non validé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="60" />
      <source>Inconclusive</source>
      <translation>Non concluante</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="63" />
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="64" />
      <source>Medium</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="65" />
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="68" />
      <source>signed by an organisation whose keys we do not hold</source>
      <translation>signée par une organisation dont nous n’avons pas les clés</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="71" />
      <source>signed with a key that is not the signer's</source>
      <translation>signée avec une clé qui n’est pas celle du signataire</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="74" />
      <source>the stored record no longer matches its signatures</source>
      <translation>l’enregistrement conservé ne correspond plus à ses signatures</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="77" />
      <source>its signed content cannot be read</source>
      <translation>son contenu signé est illisible</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="78" />
      <source>what is shown differs from what was signed</source>
      <translation>ce qui est affiché diffère de ce qui a été signé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="98" />
      <source>Draft correction of %1</source>
      <translation>Brouillon de correction de %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="101" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="103" />
      <source>Superseded by %1</source>
      <translation>Remplacée par %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="106" />
      <source>Finalised</source>
      <translation>Finalisée</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="112" />
      <source>Not signed (draft)</source>
      <translation>Non signée (brouillon)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="114" />
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="116" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="117" />
      <source>Problem: %1</source>
      <translation>Problème : %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="123" />
      <source>This case is cleared.</source>
      <translation>Ce dossier est validé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="124" />
      <source>This case is not cleared: an evaluator found against it.</source>
      <translation>Ce dossier n’est pas validé : un évaluateur s’est prononcé contre.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="127" />
      <source>This case is not cleared yet.</source>
      <translation>Ce dossier n’est pas encore validé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="130" />
      <source>%1's evaluation (%2) is a draft; it counts once finalised.</source>
      <translation>L’évaluation de %1 (%2) est un brouillon ; elle comptera une fois finalisée.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="133" />
      <source>%1's evaluation (%2) says “not cleared”. Only a correction by %1 can change that.</source>
      <translation>L’évaluation de %1 (%2) dit « non validé ». Seule une correction par %1 peut changer cela.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="137" />
      <source>%1's evaluation (%2) is inconclusive; clearance waits for a correction.</source>
      <translation>L’évaluation de %1 (%2) n’est pas concluante ; la validation attend une correction.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="140" />
      <source>%1's evaluation (%2) was corrected by %3; it no longer counts.</source>
      <translation>L’évaluation de %1 (%2) a été corrigée par %3 ; elle ne compte plus.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="143" />
      <source>%1's evaluation (%2) is another by the same person; it does not count twice.</source>
      <translation>L’évaluation de %1 (%2) est une autre évaluation de la même personne ; elle ne compte pas deux fois.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="171" />
      <source>%1 of %2 independent evaluations say “cleared”.</source>
      <translation>Évaluations indépendantes disant « validé » : %1 sur %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="178" />
      <source>Evaluators from at least %1 organisations are needed; so far %2.</source>
      <translation>Il faut des évaluateurs d’au moins %1 organisations ; pour l’instant : %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="193" />
      <source>Not ready to sign: tick at least one method.</source>
      <translation>Pas prête à être signée : cochez au moins une méthode.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="196" />
      <source>Not ready to sign: a “cleared” verdict needs the check of any part in operations against civilians marked as checked with no concerns.</source>
      <translation>Pas prête à être signée : un verdict « validé » exige que la vérification de toute participation à des opérations contre des civils soit cochée comme faite, sans doute.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="207" />
      <source>This evaluation is no longer in the vault.</source>
      <translation>Cette évaluation n’est plus dans le coffre.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="210" />
      <source>This evaluator is no longer in the vault.</source>
      <translation>Cet évaluateur n’est plus dans le coffre.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="213" />
      <source>This id matches several records.</source>
      <translation>Ce numéro correspond à plusieurs enregistrements.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="216" />
      <source>This evaluation is signed and final. To change it, make a correction.</source>
      <translation>Cette évaluation est signée et définitive. Pour la changer, faites une correction.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="222" />
      <source>This evaluation is still a draft: edit it instead.</source>
      <translation>Cette évaluation est encore un brouillon : modifiez-la plutôt.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="225" />
      <source>This evaluation already has a correction (%1).</source>
      <translation>Cette évaluation a déjà une correction (%1).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="228" />
      <source>This evaluator belongs to another organisation; you can only sign for your own.</source>
      <translation>Cet évaluateur appartient à une autre organisation ; vous ne pouvez signer que pour la vôtre.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="235" />
      <source>A case always needs at least %1 independent evaluations.</source>
      <translation>Un dossier exige toujours au moins %1 évaluations indépendantes.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="240" />
      <source>This record is signed and final; the vault refused to change it.</source>
      <translation>Cet enregistrement est signé et définitif ; le coffre a refusé de le modifier.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="245" />
      <source>A signed evaluation cannot be read; the vault may have been altered.</source>
      <translation>Une évaluation signée est illisible ; le coffre a peut-être été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="250" />
      <source>This attachment is no longer in the vault.</source>
      <translation>Cette pièce jointe n’est plus dans le coffre.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="253" />
      <source>This file is too large (the limit is %1 MB). Nothing was changed.</source>
      <translation>Ce fichier est trop gros (la limite est de %1 Mo). Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="153" />
      <source>signed by %1, whose keys were revoked on %2</source>
      <translation>signée par %1, dont les clés ont été révoquées le %2</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="156" />
      <source>signed by %1, not verified by short code or fingerprint</source>
      <translation>signée par %1, non vérifiée par code court ni par empreinte</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="159" />
      <source>signed by an organisation you do not know (%1)</source>
      <translation>signée par une organisation que vous ne connaissez pas (%1)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="162" />
      <source>signed by %1 with a key that is not theirs</source>
      <translation>signée par %1 avec une clé qui n’est pas la sienne</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="181" />
      <source>Evaluation %1 is refused: it claims to correct an evaluation signed by another organisation.</source>
      <translation>L’évaluation %1 est refusée : elle prétend corriger une évaluation signée par une autre organisation.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="186" />
      <source>Evaluation %1 is refused: it names as its evaluator a person of another organisation.</source>
      <translation>L’évaluation %1 est refusée : elle désigne comme évaluateur une personne d’une autre organisation.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="190" />
      <source>Evaluation %1 is refused: it is signed with keys you revoked.</source>
      <translation>L’évaluation %1 est refusée : elle est signée avec des clés que vous avez révoquées.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="202" />
      <source>%1 new evaluation(s) signed by organisations you have not verified: kept for reference, not counted towards clearance.</source>
      <translation>Nouvelles évaluations signées par des organisations que vous n’avez pas vérifiées : %1. Conservées pour information, elles ne comptent pas pour la validation.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="214" />
      <source>Not counted</source>
      <translation>Non comptée</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="223" />
      <source>The evaluation %1 does not count: %2.</source>
      <translation>L’évaluation %1 ne compte pas : %2.</translation>
    </message>
      <message numerus="yes">
        <source>%n new evaluation(s) signed by organisations you have not verified: kept for reference, not counted towards clearance.</source>
        <translation>
            <numerusform>%n nouvelle évaluation signée par des organisations que vous n’avez pas vérifiées : conservée pour information, elle ne compte pas pour la validation.</numerusform>
            <numerusform>%n nouvelles évaluations signées par des organisations que vous n’avez pas vérifiées : conservées pour information, elles ne comptent pas pour la validation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n independent evaluation(s) say “cleared”.</source>
        <translation>
            <numerusform>Évaluations indépendantes disant « validé » : %1 sur %n.</numerusform>
            <numerusform>Évaluations indépendantes disant « validé » : %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluators from at least %n organisation(s) are needed; so far %1.</source>
        <translation>
            <numerusform>Il faut des évaluateurs d’au moins %n organisation ; pour l’instant : %1.</numerusform>
            <numerusform>Il faut des évaluateurs d’au moins %n organisations ; pour l’instant : %1.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>CaseEditor</name>
    <message>
      <source>&amp;Evaluations</source>
      <translation>&amp;Évaluations</translation>
    </message>
    <message>
      <source>&amp;Attachments</source>
      <translation>Pièces &amp;jointes</translation>
    </message>
  </context>
</TS>