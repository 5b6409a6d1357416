<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MigDesk</source>
        <translation>À propos de MigDesk</translation>
    </message>
    <message>
        <source>Meetings, mandates and follow-up of the OAS Special Committee on Migration Issues (CEAM) and the regional processes it works with, kept offline on your computer and exchanged between delegates as files.</source>
        <translation>Réunions, mandats et suivi de la Commission spéciale sur les questions migratoires (CEAM) de l&apos;OEA et des processus régionaux avec lesquels elle travaille, conservés hors ligne sur votre ordinateur et échangés entre délégués sous forme de fichiers.</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2</source>
        <translation>Qt %1 · PySide6 %2</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>MigDesk</source>
        <translation>MigDesk</translation>
    </message>
    <message>
        <source>Qt and PySide6</source>
        <translation>Qt et PySide6</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Polices DejaVu</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Icônes</translation>
    </message>
    <message>
        <source>MigDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.

MigDesk is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: https://www.gnu.org/licenses/gpl-3.0.html

SPDX-License-Identifier: GPL-3.0-or-later</source>
        <translation>MigDesk est un logiciel libre : vous pouvez le redistribuer ou le modifier selon les termes de la Licence publique générale GNU publiée par la Free Software Foundation, soit la version 3 de la Licence, soit (à votre choix) toute version ultérieure.

MigDesk est distribué dans l&apos;espoir qu&apos;il sera utile, mais SANS AUCUNE GARANTIE ; sans même la garantie implicite de QUALITÉ MARCHANDE ou d&apos;ADÉQUATION À UN USAGE PARTICULIER. Consultez la Licence publique générale GNU pour plus de détails : https://www.gnu.org/licenses/gpl-3.0.html

SPDX-License-Identifier: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>MigDesk uses Qt %1 through PySide6 %2 (Qt for Python), both by The Qt Company and contributors, under the GNU Lesser General Public License version 3 (LGPL-3.0). MigDesk links to the unmodified Qt and PySide6 libraries dynamically; you may replace them with your own builds.

Source code and licence texts: https://www.qt.io/licensing/ , https://code.qt.io/ and https://www.gnu.org/licenses/lgpl-3.0.html

Other libraries: SQLAlchemy and Alembic (MIT), ReportLab (BSD), pypdf (BSD), pypdfium2 (Apache-2.0 / BSD), platformdirs (MIT), icalendar (BSD), jsonschema (MIT).</source>
        <translation>MigDesk utilise Qt %1 au moyen de PySide6 %2 (Qt for Python), tous deux de The Qt Company et de leurs contributeurs, sous la Licence publique générale limitée GNU version 3 (LGPL-3.0). MigDesk est lié dynamiquement aux bibliothèques Qt et PySide6 non modifiées ; vous pouvez les remplacer par vos propres compilations.

Code source et textes des licences : https://www.qt.io/licensing/ , https://code.qt.io/ et https://www.gnu.org/licenses/lgpl-3.0.html

Autres bibliothèques : SQLAlchemy et Alembic (MIT), ReportLab (BSD), pypdf (BSD), pypdfium2 (Apache-2.0 / BSD), platformdirs (MIT), icalendar (BSD), jsonschema (MIT).</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>&amp;Homologue :</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Homologue</translation>
    </message>
    <message>
        <source>Even&amp;t:</source>
        <translation>Évé&amp;nement :</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>AliasesEdit</name>
    <message>
        <source>Name</source>
        <extracomment>How a name&apos;s cell starts editing (none in a read-only form).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Add another name</source>
        <translation>Ajouter un autre nom</translation>
    </message>
    <message>
        <source>Remove the selected name</source>
        <translation>Retirer le nom sélectionné</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Ouvrir le fichier sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Please Wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titre de civilité</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this record while you were editing it (another window, the command line or a colleague on the same database). Choose the value to keep for each field; the other stays in the undo history.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche pendant que vous la modifiiez (une autre fenêtre, la ligne de commande ou un collègue sur la même base de données). Choisissez la valeur à garder pour chaque champ ; l&apos;autre reste dans l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Une valeur que vous avez saisie ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifiée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Fields in dispute: your value and the other writer&apos;s</source>
        <translation>Champs en litige : votre valeur et celle de l&apos;autre auteur</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Le leur</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>deleted (%1)</source>
        <translation>supprimée (%1)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>Value to use for %1</source>
        <translation>Valeur à utiliser pour %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <source>Your own value for %1</source>
        <translation>Votre propre valeur pour %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The keys cannot be read.</source>
        <translation>Les clés ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The name was not changed.</source>
        <translation>Le nom n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Forget the key of %1?</source>
        <translation>Oublier la clé de %1 ?</translation>
    </message>
    <message>
        <source>Their next file will be shown as coming from a new contact.</source>
        <translation>Son prochain fichier sera présenté comme venant d&apos;un nouveau contact.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Export My Identity</source>
        <translation>Exporter mon identité</translation>
    </message>
    <message>
        <source>Identity files (*.age)</source>
        <translation>Fichiers d&apos;identité (*.age)</translation>
    </message>
    <message>
        <source>Choose a passphrase for the file: it holds your private keys. You type it again on the new computer.</source>
        <translation>Choisissez une phrase secrète pour le fichier : il contient vos clés privées. Vous la saisirez de nouveau sur le nouvel ordinateur.</translation>
    </message>
    <message>
        <source>The identity was not exported.</source>
        <translation>L&apos;identité n&apos;a pas été exportée.</translation>
    </message>
    <message>
        <source>Import My Identity</source>
        <translation>Importer mon identité</translation>
    </message>
    <message>
        <source>Identity files (*.age);;All files (*)</source>
        <translation>Fichiers d&apos;identité (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sign and decrypt with the identity in %1 from now on?</source>
        <translation>Signer et déchiffrer avec l&apos;identité de %1 désormais ?</translation>
    </message>
    <message>
        <source>The current keys are kept aside (identity.previous.json).</source>
        <translation>Les clés actuelles sont mises de côté (identity.previous.json).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The passphrase the identity was exported with:</source>
        <translation>La phrase secrète avec laquelle l&apos;identité a été exportée :</translation>
    </message>
    <message>
        <source>The identity was not imported.</source>
        <translation>L&apos;identité n&apos;a pas été importée.</translation>
    </message>
    <message>
        <source>Contacts and Keys</source>
        <translation>Contacts et clés</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>&amp;Signs as:</source>
        <translation>&amp;Signe en tant que :</translation>
    </message>
    <message>
        <source>The name your files are signed with</source>
        <translation>Le nom avec lequel vos fichiers sont signés</translation>
    </message>
    <message>
        <source>Key (words):</source>
        <translation>Clé (mots) :</translation>
    </message>
    <message>
        <source>Your key as words, to read out by phone</source>
        <translation>Votre clé en mots, à lire au téléphone</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>Clé de &amp;chiffrement :</translation>
    </message>
    <message>
        <source>Your age key: colleagues encrypt files for you with it</source>
        <translation>Votre clé age : vos collègues l&apos;utilisent pour chiffrer des fichiers à votre intention</translation>
    </message>
    <message>
        <source>E&amp;xport My Identity…</source>
        <translation>E&amp;xporter mon identité…</translation>
    </message>
    <message>
        <source>Export my identity, protected by a passphrase, for a new computer</source>
        <translation>Exporter mon identité, protégée par une phrase secrète, pour un nouvel ordinateur</translation>
    </message>
    <message>
        <source>&amp;Import My Identity…</source>
        <translation>&amp;Importer mon identité…</translation>
    </message>
    <message>
        <source>Import my identity exported on another computer</source>
        <translation>Importer mon identité exportée sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Contacts: the keys that signed the files you imported. A file from one of these installations signed by another key is refused until you accept it.</source>
        <translation>Contacts : les clés qui ont signé les fichiers que vous avez importés. Un fichier de l&apos;une de ces installations signé par une autre clé est refusé jusqu&apos;à ce que vous l&apos;acceptiez.</translation>
    </message>
    <message>
        <source>Contacts and their keys</source>
        <translation>Les contacts et leurs clés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Connu depuis</translation>
    </message>
    <message>
        <source>Key (words)</source>
        <translation>Clé (mots)</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>&amp;Retirer le contact</translation>
    </message>
    <message>
        <source>Forget the selected contact&apos;s key</source>
        <translation>Oublier la clé du contact sélectionné</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Choose a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
    <message>
        <source>“{0}” is not a date: use YYYY-MM-DD, e.g. 2009-02-13</source>
        <translation>« {0} » n&apos;est pas une date : utilisez AAAA-MM-JJ, p. ex. 2009-02-13</translation>
    </message>
    <message>
        <source>There is no month {0}: months go from 01 to 12</source>
        <translation>Il n&apos;y a pas de mois {0} : les mois vont de 01 à 12</translation>
    </message>
    <message>
        <source>{0} {1} has no day {2}</source>
        <translation>{0} {1} n&apos;a pas de jour {2}</translation>
    </message>
    <message>
        <source>Choose {0} from a calendar</source>
        <translation>Choisir {0} dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Point de l&apos;ordre du jour :</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Cote :</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>D&amp;istribution:</source>
        <translation>D&amp;iffusion :</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification :</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Organe :</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Use an earlier value of %1</source>
        <translation>Utiliser une valeur antérieure de %1</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 records</source>
        <translation>Supprimer %1 fiches</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation>Supprimer « %2 » (%1) ?</translation>
    </message>
    <message>
        <source>Delete these %1 records?</source>
        <translation>Supprimer ces %1 fiches ?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pouvez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>It takes with it: %1.</source>
        <translation>Sont supprimés avec : %1.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>MigDesk ran into a problem it did not expect.</source>
        <translation>MigDesk a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: every change is saved as soon as it is made. You can close this message and keep working. If it happens again, please copy the details below into a report to the MigDesk developers.</source>
        <translation>Rien de ce que vous avez saisi n&apos;est perdu : chaque modification est enregistrée dès qu&apos;elle est faite. Vous pouvez fermer ce message et continuer à travailler. Si cela se reproduit, copiez les détails ci-dessous dans un rapport aux développeurs de MigDesk.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a value is required</source>
        <extracomment>reason code -&gt; the sentence; {name} stands for the error&apos;s params[name].</extracomment>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>text may not contain NUL characters</source>
        <translation>le texte ne peut pas contenir de caractères NUL</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>« {value} » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD, e.g. 2009-02-13)</source>
        <translation>« {value} » n&apos;est pas une date (utilisez AAAA-MM-JJ, p. ex. 2009-02-13)</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar</source>
        <translation>« {value} » n&apos;est pas un jour du calendrier</translation>
    </message>
    <message>
        <source>“{value}” is not a time (use HH:MM)</source>
        <translation>« {value} » n&apos;est pas une heure (utilisez HH:MM)</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation>« {value} » ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>une valeur JSON est attendue</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>unknown field (fields: {fields})</source>
        <translation>champ inconnu (champs : {fields})</translation>
    </message>
    <message>
        <source>is set by MigDesk and cannot be changed</source>
        <translation>est fixé par MigDesk et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>an organization cannot be its own ancestor</source>
        <translation>une organisation ne peut pas faire partie d&apos;elle-même</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>this field already has a translation into {language}: change its text instead</source>
        <translation>ce champ a déjà une traduction en {language} : modifiez-en le texte</translation>
    </message>
    <message>
        <source>cannot be changed once the translation exists (delete it and add another)</source>
        <translation>ne peut plus être modifié une fois la traduction créée (supprimez-la et ajoutez-en une autre)</translation>
    </message>
    <message>
        <source>“{id}” is not the id of a {kind} (a UUID or its first 8 characters or more)</source>
        <translation>« {id} » n’est pas un identifiant de {kind} (un UUID ou au moins ses 8 premiers caractères)</translation>
    </message>
    <message>
        <source>no {kind} has the id “{id}”</source>
        <translation>il n’existe pas de {kind} ayant l’identifiant « {id} »</translation>
    </message>
    <message>
        <source>the id prefix “{id}” matches several records: give more of it</source>
        <translation>le début d’identifiant « {id} » correspond à plusieurs fiches : donnez-en davantage</translation>
    </message>
    <message>
        <source>no colleague installation “{id}” (files were never exchanged with it)</source>
        <translation>aucune installation de collègue « {id} » (aucun fichier n’a jamais été échangé avec elle)</translation>
    </message>
    <message>
        <source>“{id}” matches several colleague installations: give more of it</source>
        <translation>« {id} » correspond à plusieurs installations de collègues : donnez-en davantage</translation>
    </message>
    <message>
        <source>no meetings match: choose meetings or a period that holds some</source>
        <translation>aucune réunion ne correspond : choisissez des réunions ou une période qui en contient</translation>
    </message>
    <message>
        <source>cannot delete the {kind} “{label}”: {count} other record(s) still refer to it ({referrers})</source>
        <translation>impossible de supprimer « {label} » ({kind}) : {count} autre(s) fiche(s) y renvoient encore ({referrers})</translation>
    </message>
    <message>
        <source>the {kind} “{label}” was changed by another writer since it was read (now version {current}): {fields} not saved</source>
        <translation>« {label} » ({kind}) a été modifié par quelqu’un d’autre depuis sa lecture (version {current} maintenant) : {fields} non enregistré(s)</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {detail}</source>
        <translation>{file} ne peut pas être importé : {detail}</translation>
    </message>
    <message>
        <source>{file} was refused as unsafe, and nothing was imported ({detail})</source>
        <translation>{file} a été refusé comme dangereux et rien n’a été importé ({detail})</translation>
    </message>
    <message>
        <source>{file} is not a MigDesk exchange file</source>
        <translation>{file} n’est pas un fichier d’échange MigDesk</translation>
    </message>
    <message>
        <source>{file} was made by a newer MigDesk: update MigDesk to import it</source>
        <translation>{file} a été créé par une version plus récente de MigDesk : mettez MigDesk à jour pour l’importer</translation>
    </message>
    <message>
        <source>the signature of {file} does not verify: the file was changed after it was signed, or signed by another key than the one it names</source>
        <translation>la signature de {file} n’est pas valide : le fichier a été modifié après sa signature, ou signé par une autre clé que celle qu’il indique</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail})</source>
        <translation>{file} ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <source>{file} is encrypted with a passphrase: give the passphrase</source>
        <translation>{file} est chiffré par une phrase secrète : indiquez-la</translation>
    </message>
    <message>
        <source>{file}: wrong passphrase (or the file was changed)</source>
        <translation>{file} : phrase secrète incorrecte (ou fichier modifié)</translation>
    </message>
    <message>
        <source>{file} cannot be decrypted: {detail}</source>
        <translation>{file} ne peut pas être déchiffré : {detail}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>%1 was changed by another writer since you began: %2 not saved.</source>
        <translation>%1 : quelqu&apos;un d&apos;autre l&apos;a modifié(e) depuis que vous avez commencé ; non enregistré : %2.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>la fiche</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organisateur :</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export exchange file</source>
        <translation>Exporter un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>Export for a Colleague</source>
        <translation>Exporter pour un collègue</translation>
    </message>
    <message>
        <source>Write a file to hand to a colleague (by USB key or e-mail). They import it into their MigDesk; nothing they changed is overwritten.</source>
        <translation>Écrivez un fichier à remettre à un collègue (sur clé USB ou par courriel). Il l&apos;importe dans son MigDesk ; rien de ce qu&apos;il a modifié n&apos;est écrasé.</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Chosen &amp;meetings, with what they refer to</source>
        <translation>&amp;Réunions choisies, avec ce à quoi elles renvoient</translation>
    </message>
    <message>
        <source>Export chosen meetings</source>
        <translation>Exporter les réunions choisies</translation>
    </message>
    <message>
        <source>&amp;Changes since the last file to a colleague</source>
        <translation>&amp;Changements depuis le dernier fichier envoyé à un collègue</translation>
    </message>
    <message>
        <source>Export changes since the last file sent to a colleague</source>
        <translation>Exporter les changements depuis le dernier fichier envoyé à un collègue</translation>
    </message>
    <message>
        <source>Meetings to export</source>
        <translation>Réunions à exporter</translation>
    </message>
    <message>
        <source>Colleague&apos;s installation</source>
        <translation>Installation du collègue</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (last file sent: %2)</source>
        <translation>%1 (dernier fichier envoyé : %2)</translation>
    </message>
    <message>
        <source>Import a file from a colleague first.</source>
        <translation>Importez d&apos;abord un fichier d&apos;un collègue.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>Colleague:</source>
        <translation>Collègue :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write the exchange file</source>
        <translation>Écrire le fichier d&apos;échange</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Fermer sans exporter</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Signed only (anyone holding the file can read it)</source>
        <translation>Signé seulement (quiconque détient le fichier peut le lire)</translation>
    </message>
    <message>
        <source>Signed only, not encrypted</source>
        <translation>Signé seulement, non chiffré</translation>
    </message>
    <message>
        <source>Encrypted with a &amp;passphrase:</source>
        <translation>Chiffré avec une &amp;phrase secrète :</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <source>Send the passphrase another way than the file: read it out by phone or send it by text message, never in the same e-mail.</source>
        <translation>Transmettez la phrase secrète par un autre moyen que le fichier : lisez-la au téléphone ou envoyez-la par SMS, jamais dans le même courriel.</translation>
    </message>
    <message>
        <source>Encrypted for &amp;contacts (only they can open it):</source>
        <translation>Chiffré pour des &amp;contacts (eux seuls peuvent l&apos;ouvrir) :</translation>
    </message>
    <message>
        <source>Encrypt for contacts</source>
        <translation>Chiffrer pour des contacts</translation>
    </message>
    <message>
        <source>Contacts who can open the file</source>
        <translation>Contacts qui peuvent ouvrir le fichier</translation>
    </message>
    <message>
        <source>Other age keys, separated by spaces</source>
        <translation>Autres clés age, séparées par des espaces</translation>
    </message>
    <message>
        <source>Other keys: age1… (separated by spaces)</source>
        <translation>Autres clés : age1… (séparées par des espaces)</translation>
    </message>
    <message>
        <source>MigDesk exchange files (*.migdesk)</source>
        <translation>Fichiers d&apos;échange MigDesk (*.migdesk)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Le fichier n&apos;a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Acronym</source>
        <extracomment>A field&apos;s English title (FieldSpec.title) -&gt; itself, marked for the translators.</extracomment>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Agenda document</source>
        <translation>Document de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Homologue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titre de civilité</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invité par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Mandate ids</source>
        <translation>Mandats (ids)</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Order of business document</source>
        <translation>Document de l&apos;ordre des travaux</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position or title</source>
        <translation>Fonction ou titre</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Speaker ids</source>
        <translation>Orateurs (ids)</translation>
    </message>
    <message>
        <source>Speaker kind</source>
        <translation>Type d&apos;orateur</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary symbol</source>
        <translation>Cote du compte rendu</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Export Meeting &amp;Summary…</source>
        <translation>Exporter le &amp;compte rendu de la réunion…</translation>
    </message>
    <message>
        <source>Write the selected meeting&apos;s summary as a PDF</source>
        <translation>Écrire le compte rendu de la réunion sélectionnée en PDF</translation>
    </message>
    <message>
        <source>&amp;Briefing Packet…</source>
        <translation>&amp;Dossier d&apos;information…</translation>
    </message>
    <message>
        <source>Print several meetings with their mandates, actions and events as one PDF</source>
        <translation>Imprimer plusieurs réunions avec leurs mandats, actions et événements en un seul PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view PDF…</source>
        <translation>&amp;Aperçu d&apos;un PDF…</translation>
    </message>
    <message>
        <source>Show a PDF file and print it</source>
        <translation>Afficher un fichier PDF et l&apos;imprimer</translation>
    </message>
    <message>
        <source>&amp;Import Exchange File…</source>
        <translation>&amp;Importer un fichier d&apos;échange…</translation>
    </message>
    <message>
        <source>Preview and merge a file from a colleague</source>
        <translation>Examiner et fusionner un fichier d&apos;un collègue</translation>
    </message>
    <message>
        <source>Import &amp;Report…</source>
        <translation>Importer un &amp;rapport…</translation>
    </message>
    <message>
        <source>Read a meeting&apos;s report (.txt, .docx, .pdf) into a draft to review</source>
        <translation>Lire le rapport d&apos;une réunion (.txt, .docx, .pdf) dans un brouillon à vérifier</translation>
    </message>
    <message>
        <source>&amp;Export for a Colleague…</source>
        <translation>&amp;Exporter pour un collègue…</translation>
    </message>
    <message>
        <source>Write an exchange file for a colleague&apos;s MigDesk</source>
        <translation>Écrire un fichier d&apos;échange pour le MigDesk d&apos;un collègue</translation>
    </message>
    <message>
        <source>Contacts and &amp;Keys…</source>
        <translation>Contacts et &amp;clés…</translation>
    </message>
    <message>
        <source>Your signing key, colleagues&apos; keys, and moving your identity</source>
        <translation>Votre clé de signature, les clés de vos collègues et le transfert de votre identité</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>Exporter le c&amp;alendrier (.ics)…</translation>
    </message>
    <message>
        <source>Write meetings, events and due dates for a calendar program</source>
        <translation>Écrire les réunions, événements et échéances pour un logiciel d&apos;agenda</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>Exporter le &amp;tableau en CSV…</translation>
    </message>
    <message>
        <source>Write every record of the kind the table shows, for a spreadsheet</source>
        <translation>Écrire toutes les fiches du type affiché dans le tableau, pour un tableur</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Exchange File</source>
        <translation>Importer un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>MigDesk exchange files (*.migdesk)</source>
        <translation>Fichiers d&apos;échange MigDesk (*.migdesk)</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <source>Meeting reports (*.txt *.docx *.pdf)</source>
        <translation>Rapports de réunion (*.txt *.docx *.pdf)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>%1 calendar entries written to %2</source>
        <translation>%1 entrées de calendrier écrites dans %2</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Le fichier n&apos;a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>MigDesk could not open %1.</source>
        <translation>MigDesk n&apos;a pas pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Ouvrir une autre…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <source>MigDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données MigDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Choose another name, or use Open Database to open it.</source>
        <translation>Choisissez un autre nom, ou utilisez Ouvrir une base de données pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de cette base de données.</translation>
    </message>
    <message>
        <source>MigDesk makes one before every upgrade and every restore.</source>
        <translation>MigDesk en fait une avant chaque mise à niveau et chaque restauration.</translation>
    </message>
    <message>
        <source>Replace the database with the chosen backup?</source>
        <translation>Remplacer la base de données par la sauvegarde choisie ?</translation>
    </message>
    <message>
        <source>Changes made since that backup will no longer be in the database. The database as it is now is backed up first, and this session&apos;s undo history is cleared.</source>
        <translation>Les modifications faites depuis cette sauvegarde ne seront plus dans la base de données. La base de données dans son état actuel est d&apos;abord sauvegardée, et l&apos;historique d&apos;annulation de cette session est effacé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Welcome to MigDesk</source>
        <translation>Bienvenue dans MigDesk</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo, the CEAM meeting of 13 February 2009?</source>
        <translation>Cette base de données est vide. Charger la démonstration, la réunion de la CEAM du 13 février 2009 ?</translation>
    </message>
    <message>
        <source>The demo holds the meeting&apos;s report as records: the bodies, resolutions, documents, interventions, follow-up actions and events. You can undo the load.</source>
        <translation>La démonstration contient le rapport de la réunion sous forme de fiches : les organes, résolutions, documents, interventions, actions de suivi et événements. Vous pouvez annuler le chargement.</translation>
    </message>
    <message>
        <source>Load the Demo</source>
        <translation>Charger la démonstration</translation>
    </message>
    <message>
        <source>This import cannot be undone record by record. The backup made just before it (File &gt; Restore Backup) can bring the database back.</source>
        <translation>Cette importation ne peut pas être annulée fiche par fiche. La sauvegarde faite juste avant (Fichier &gt; Restaurer une sauvegarde) peut rétablir la base de données.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>This MigDesk cannot import exchange files yet.</source>
        <translation>Ce MigDesk ne peut pas encore importer de fichiers d&apos;échange.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>local value of a conflict not kept</source>
        <translation>valeur locale d&apos;un conflit non conservée</translation>
    </message>
    <message>
        <source>incoming value of a conflict not kept</source>
        <translation>valeur reçue d&apos;un conflit non conservée</translation>
    </message>
    <message>
        <source>superseded by a later change that knew it</source>
        <translation>remplacée par une modification ultérieure qui la connaissait</translation>
    </message>
    <message>
        <source>edit to a record deleted here</source>
        <translation>modification d&apos;une fiche supprimée ici</translation>
    </message>
    <message>
        <source>deletion from %1 not applied: %2 still need(s) it</source>
        <translation>suppression venant de %1 non appliquée : %2 en a (ont) encore besoin</translation>
    </message>
    <message>
        <source>value from %1 refers to a deleted record</source>
        <translation>la valeur venant de %1 renvoie à une fiche supprimée</translation>
    </message>
    <message>
        <source>arrived from %1 needing deleted record %2</source>
        <translation>arrivée de %1 avec besoin de la fiche supprimée %2</translation>
    </message>
    <message>
        <source>local edit replaced by import from %1</source>
        <translation>modification locale remplacée par l&apos;importation venant de %1</translation>
    </message>
    <message>
        <source>import of %1 from %2</source>
        <translation>importation de %1 depuis %2</translation>
    </message>
    <message>
        <source>Values %1 did not keep: from conflicts, changes made after them, and edits that met a deletion. Nothing here is lost.</source>
        <translation>Valeurs que %1 n&apos;a pas gardées : issues de conflits, de modifications ultérieures et de modifications qui ont croisé une suppression. Rien n&apos;est perdu ici.</translation>
    </message>
    <message>
        <source>“%1” has kept every value it was given.</source>
        <translation>« %1 » a gardé toutes les valeurs qui lui ont été données.</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>cette base de données</translation>
    </message>
    <message>
        <source>installation %1</source>
        <translation>installation %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Record History</source>
        <translation>Historique de la fiche</translation>
    </message>
    <message>
        <source>Values set aside</source>
        <translation>Valeurs mises de côté</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation>Pourquoi elle a été mise de côté</translation>
    </message>
    <message>
        <source>&amp;Use this Value</source>
        <translation>&amp;Utiliser cette valeur</translation>
    </message>
    <message>
        <source>Put the selected value back into the record (you can undo it)</source>
        <translation>Remettre la valeur sélectionnée dans la fiche (vous pouvez l&apos;annuler)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import exchange file</source>
        <translation>Importer un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Who signed the file</source>
        <translation>Qui a signé le fichier</translation>
    </message>
    <message>
        <source>I compared the words with the sender (by phone, in person): accept this key</source>
        <translation>J&apos;ai comparé les mots avec l&apos;expéditeur (au téléphone, en personne) : accepter cette clé</translation>
    </message>
    <message>
        <source>Accept the signer&apos;s new key</source>
        <translation>Accepter la nouvelle clé du signataire</translation>
    </message>
    <message>
        <source>Records the file changes</source>
        <translation>Fiches que le fichier modifie</translation>
    </message>
    <message>
        <source>Conflicts: your value and your colleague&apos;s</source>
        <translation>Conflits : votre valeur et celle de votre collègue</translation>
    </message>
    <message>
        <source>These fields were changed both here and by your colleague since you last exchanged files. Choose per field; the value not used is kept in the record&apos;s history.</source>
        <translation>Ces champs ont été modifiés ici et par votre collègue depuis votre dernier échange de fichiers. Choisissez champ par champ ; la valeur non retenue est conservée dans l&apos;historique de la fiche.</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Garder toutes les miennes</translation>
    </message>
    <message>
        <source>Keep all my values</source>
        <translation>Garder toutes mes valeurs</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Prendre toutes les siennes</translation>
    </message>
    <message>
        <source>Take all my colleague&apos;s values</source>
        <translation>Prendre toutes les valeurs de mon collègue</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>Changements et conflits</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the file with these choices</source>
        <translation>Importer le fichier avec ces choix</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>%1 is encrypted with a passphrase. The sender gives it to you by another way than the file (phone, message).</source>
        <translation>%1 est chiffré avec une phrase secrète. L&apos;expéditeur vous la communique par un autre moyen que le fichier (téléphone, message).</translation>
    </message>
    <message>
        <source>That passphrase does not open the file. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas le fichier. Réessayez.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>%1: exported on %2 by installation %3.</source>
        <translation>%1 : exporté le %2 par l&apos;installation %3.</translation>
    </message>
    <message>
        <source>Made by an older MigDesk (exchange format %1): records are merged with the version last exchanged.</source>
        <translation>Créé par un MigDesk plus ancien (format d&apos;échange %1) : les fiches sont fusionnées avec la dernière version échangée.</translation>
    </message>
    <message>
        <source>Added %1 · Updated %2 · Deleted %3 · Unchanged %4 · In conflict %5</source>
        <translation>Ajoutées %1 · Mises à jour %2 · Supprimées %3 · Inchangées %4 · En conflit %5</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Encrypted. %1</source>
        <translation>Chiffré. %1</translation>
    </message>
    <message>
        <source>NOT SIGNED, although files from %1 (%2) have been signed before</source>
        <translation>NON SIGNÉ, alors que les fichiers de %1 (%2) étaient signés auparavant</translation>
    </message>
    <message>
        <source>Not signed (made by an older MigDesk): who made it cannot be checked</source>
        <translation>Non signé (créé par un MigDesk plus ancien) : son auteur ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: a new contact (compare the words with the sender by phone)</source>
        <translation>Signé par %1 (%2), clé %3 : un nouveau contact (comparez les mots avec l&apos;expéditeur au téléphone)</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: the key known for this installation</source>
        <translation>Signé par %1 (%2), clé %3 : la clé connue pour cette installation</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: A DIFFERENT KEY from the one known since %4 (%5)</source>
        <translation>Signé par %1 (%2), clé %3 : UNE CLÉ DIFFÉRENTE de celle connue depuis le %4 (%5)</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3</source>
        <translation>Signé par %1 (%2), clé %3</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Une valeur que vous avez saisie ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>Le fichier n&apos;a pas été importé ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>InterventionForm</name>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Point de l&apos;ordre du jour :</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Speaker is:</source>
        <translation>&amp;L&apos;orateur est :</translation>
    </message>
    <message>
        <source>Speaker is</source>
        <translation>L&apos;orateur est</translation>
    </message>
    <message>
        <source>S&amp;peaker as printed:</source>
        <translation>Orateur &amp;tel qu&apos;imprimé :</translation>
    </message>
    <message>
        <source>Speaker as printed</source>
        <translation>Orateur tel qu&apos;imprimé</translation>
    </message>
    <message>
        <source>Spea&amp;kers:</source>
        <translation>Orat&amp;eurs :</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>InvitationForm</name>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Eve&amp;nt:</source>
        <translation>Évé&amp;nement :</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Invited:</source>
        <translation>&amp;Invité :</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Invited &amp;by:</source>
        <translation>Invité &amp;par :</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invité par</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>organization</source>
        <extracomment>kind -&gt; (one, several, the title of the New … dialog)</extracomment>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>office</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>fonctions</translation>
    </message>
    <message>
        <source>New Office</source>
        <translation>Nouvelle fonction</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>resolutions</source>
        <translation>résolutions</translation>
    </message>
    <message>
        <source>New Resolution</source>
        <translation>Nouvelle résolution</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>paragraphes</translation>
    </message>
    <message>
        <source>New Paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>New Agenda Item</source>
        <translation>Nouveau point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>interventions</translation>
    </message>
    <message>
        <source>New Intervention</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>New Decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>invitations</translation>
    </message>
    <message>
        <source>New Invitation</source>
        <translation>Nouvelle invitation</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>New Attachment</source>
        <translation>Nouvelle pièce jointe</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traductions</translation>
    </message>
    <message>
        <source>New Translation</source>
        <translation>Nouvelle traduction</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>MigDesk will be in %1 the next time it starts.</source>
        <translation>MigDesk sera en %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>While %1 is set, it decides the language instead (now: %2).</source>
        <translation>Tant que %1 est définie, c&apos;est elle qui décide de la langue (actuellement : %2).</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main panes</source>
        <translation>Volets principaux</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>À l&apos;ouverture</translation>
    </message>
    <message>
        <source>Browse, search and history</source>
        <translation>Parcourir, rechercher et historique</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Side panel tabs</source>
        <translation>Onglets du volet latéral</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Print, Export and Import go above this separator (MainWindow.add_file_actions).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>F&amp;iche</translation>
    </message>
    <message>
        <source>Add to &amp;Meeting</source>
        <translation>Ajouter à la &amp;réunion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>%1: left %2 alone, changed by another writer since</source>
        <translation>%1 : %2 laissé tel quel, modifié depuis par un autre auteur</translation>
    </message>
    <message>
        <source>Meetings in %1</source>
        <extracomment>Kinds whose changes can change the top-level rows (bodies, saved views, list counts).</extracomment>
        <translation>Réunions de %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>&amp;Nouveau : %1…</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Joindre %1</translation>
    </message>
    <message>
        <source>Load the CEAM demo</source>
        <translation>Charger la démonstration de la CEAM</translation>
    </message>
    <message>
        <source>The demo is already in this database</source>
        <translation>La démonstration est déjà dans cette base de données</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Organe :</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Déb&amp;ut :</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Présidence :</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>&amp;Agenda document:</source>
        <translation>Document de l&apos;&amp;ordre du jour :</translation>
    </message>
    <message>
        <source>Agenda document</source>
        <translation>Document de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Order of business:</source>
        <translation>Ordre des &amp;travaux :</translation>
    </message>
    <message>
        <source>Order of business</source>
        <translation>Ordre des travaux</translation>
    </message>
    <message>
        <source>&amp;Mandates:</source>
        <translation>&amp;Mandats :</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Summary s&amp;ymbol:</source>
        <translation>Cote du compte ren&amp;du :</translation>
    </message>
    <message>
        <source>Summary symbol</source>
        <translation>Cote du compte rendu</translation>
    </message>
    <message>
        <source>Date o&amp;f issue:</source>
        <translation>Date de pu&amp;blication :</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Éta&amp;t :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Introduction :</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Note&amp;s :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <source>Add {0}…</source>
        <translation>Ajouter : {0}…</translation>
    </message>
    <message>
        <source>Add to {0}</source>
        <translation>Ajouter à : {0}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Membres du bureau</translation>
    </message>
    <message>
        <source>Operative paragraphs</source>
        <translation>Paragraphes du dispositif</translation>
    </message>
    <message>
        <source>Meetings without a body</source>
        <translation>Réunions sans organe</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Planned, invited and in-progress actions; overdue first</source>
        <translation>Actions prévues, avec invitation ou en cours ; les retards d&apos;abord</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Événements à venir</translation>
    </message>
    <message>
        <source>Events starting today or later</source>
        <translation>Événements commençant aujourd&apos;hui ou plus tard</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
</context>
<context>
    <name>NewPassphraseRow</name>
    <message>
        <source>Passphrase to encrypt the file with</source>
        <translation>Phrase secrète pour chiffrer le fichier</translation>
    </message>
    <message>
        <source>&amp;New Words</source>
        <translation>&amp;Nouveaux mots</translation>
    </message>
    <message>
        <source>Generate another passphrase</source>
        <translation>Générer une autre phrase secrète</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <source>Add the {0}</source>
        <translation>Ajouter : {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use Existing</source>
        <translation>Utiliser l&apos;existante</translation>
    </message>
    <message>
        <source>Go to the record that already has this symbol</source>
        <translation>Aller à la fiche qui porte déjà cette cote</translation>
    </message>
    <message>
        <source>Still needed: {0}</source>
        <translation>Manque encore : {0}</translation>
    </message>
</context>
<context>
    <name>OfficesBox</name>
    <message>
        <source>Offices held</source>
        <extracomment>The owner&apos;s field in an office, by the kind of the form the box is in.</extracomment>
        <translation>Fonctions exercées</translation>
    </message>
    <message>
        <source>Add Office…</source>
        <translation>Ajouter une fonction…</translation>
    </message>
    <message>
        <source>Add an office</source>
        <translation>Ajouter une fonction</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Fait partie de :</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Autres noms :</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Overview of %1</source>
        <translation>Vue d&apos;ensemble de %1</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Réunions par année</translation>
    </message>
    <message>
        <source>Open actions by month due</source>
        <translation>Actions en cours par mois d&apos;échéance</translation>
    </message>
    <message>
        <source>Open actions by when they are due</source>
        <translation>Actions en cours selon leur échéance</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>Bar colours per bucket (readable on light and dark windows).</extracomment>
        <translation>Réunions</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Meeting &amp;summaries</source>
        <translation>&amp;Comptes rendus des réunions</translation>
    </message>
    <message>
        <source>&amp;Mandates and what was done about them</source>
        <translation>&amp;Mandats et suite qui leur a été donnée</translation>
    </message>
    <message>
        <source>Open follow-up &amp;actions</source>
        <translation>&amp;Actions de suivi en cours</translation>
    </message>
    <message>
        <source>Upcoming &amp;events</source>
        <translation>Événements à &amp;venir</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Attached document &amp;PDFs</source>
        <translation>&amp;PDF des documents joints</translation>
    </message>
    <message>
        <source>Briefing packet</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>Briefing Packet</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>A packet gathers the summaries of the chosen meetings with their mandates, open follow-up actions, upcoming events and documents, as one PDF.</source>
        <translation>Un dossier d&apos;information rassemble en un seul PDF les comptes rendus des réunions choisies avec leurs mandats, les actions de suivi en cours, les événements à venir et les documents.</translation>
    </message>
    <message>
        <source>Chosen &amp;meetings</source>
        <translation>&amp;Réunions choisies</translation>
    </message>
    <message>
        <source>Packet of chosen meetings</source>
        <translation>Dossier des réunions choisies</translation>
    </message>
    <message>
        <source>Meetings in a &amp;period</source>
        <translation>Réunions d&apos;une &amp;période</translation>
    </message>
    <message>
        <source>Packet of the meetings in a period</source>
        <translation>Dossier des réunions d&apos;une période</translation>
    </message>
    <message>
        <source>Filter the meetings</source>
        <translation>Filtrer les réunions</translation>
    </message>
    <message>
        <source>Filter by date or title</source>
        <translation>Filtrer par date ou par titre</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Meetings in the packet</source>
        <translation>Réunions du dossier</translation>
    </message>
    <message>
        <source>Check Shown</source>
        <translation>Cocher les réunions affichées</translation>
    </message>
    <message>
        <source>Check every meeting shown</source>
        <translation>Cocher toutes les réunions affichées</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Uncheck every meeting</source>
        <translation>Décocher toutes les réunions</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the PDF file to write</source>
        <translation>Choisir le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Build the briefing packet</source>
        <translation>Générer le dossier d&apos;information</translation>
    </message>
    <message>
        <source>Open Pre&amp;view</source>
        <translation>Ouvrir l&apos;a&amp;perçu</translation>
    </message>
    <message>
        <source>Open the packet in the preview</source>
        <translation>Ouvrir le dossier dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Close the briefing packet dialog</source>
        <translation>Fermer la boîte de dialogue du dossier d&apos;information</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gathering the records…</source>
        <translation>Rassemblement des fiches…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Génération de %1…</translation>
    </message>
    <message>
        <source>Built %1 (%2 pages).</source>
        <translation>%1 généré (%2 pages).</translation>
    </message>
    <message>
        <source>Cancelled: no packet was written.</source>
        <translation>Annulé : aucun dossier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The packet was not written.</source>
        <translation>Le dossier n&apos;a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>ParagraphForm</name>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète de nouveau</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Utiliser cette phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Preview tool bar</source>
        <translation>Barre d&apos;outils de l&apos;aperçu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Imprimer le PDF</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Fermer l&apos;aperçu</translation>
    </message>
    <message>
        <source>These characters cannot be printed (no font has them) and show as empty boxes: %1</source>
        <translation>Ces caractères ne peuvent pas être imprimés (aucune police ne les contient) et s&apos;affichent comme des cases vides : %1</translation>
    </message>
    <message>
        <source>Printed in the original language, with no translation: %1</source>
        <translation>Imprimé dans la langue originale, sans traduction : %1</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>Ce PDF ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>il n&apos;a aucune page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être lancée.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>H&amp;onorific:</source>
        <translation>Titre de &amp;civilité :</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titre de civilité</translation>
    </message>
    <message>
        <source>&amp;Position or title:</source>
        <translation>&amp;Fonction ou titre :</translation>
    </message>
    <message>
        <source>Position or title</source>
        <translation>Fonction ou titre</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>O&amp;rganisation :</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Letter</source>
        <extracomment>Where the remembered choices live; tests replace it with an INI file of their own.</extracomment>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Export Meeting Summary</source>
        <translation>Exporter le compte rendu de la réunion</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format du &amp;papier :</translation>
    </message>
    <message>
        <source>The summary was not written.</source>
        <translation>Le compte rendu n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed and show as empty boxes.</source>
        <translation>Certains caractères ne peuvent pas être imprimés et s&apos;affichent comme des cases vides.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Compte rendu écrit dans %1</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Collecting records</source>
        <extracomment>progress steps the services report (exchange import and export, sync), by their English text.</extracomment>
        <translation>Rassemblement des fiches</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Écriture du fichier</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Opening the other database</source>
        <translation>Ouverture de l&apos;autre base de données</translation>
    </message>
    <message>
        <source>Backing up both databases</source>
        <translation>Sauvegarde des deux bases de données</translation>
    </message>
    <message>
        <source>Reading the other database</source>
        <translation>Lecture de l&apos;autre base de données</translation>
    </message>
    <message>
        <source>Reading this database</source>
        <translation>Lecture de cette base de données</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <extracomment>steps that name a kind (&quot;Checking agenda items&quot;): English verb -&gt; template.</extracomment>
        <translation>Vérification : %1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Fusion : %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <extracomment>Fields kept out of forms: the order of interventions, actions ... is changed by moving them.</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>“{0}” is not a whole number</source>
        <translation>« {0} » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>“{0}” is not a time: use HH:MM, e.g. 14:30</source>
        <translation>« {0} » n&apos;est pas une heure : utilisez HH:MM, p. ex. 14:30</translation>
    </message>
    <message>
        <source>Too long: {0} characters, at most {1}</source>
        <translation>Trop long : {0} caractères, au plus {1}</translation>
    </message>
    <message>
        <source>Read only: this database cannot be changed from here.</source>
        <extracomment>(kind, values) -&gt; id of the new record. (form, kind, typed text, picker&apos;s field) -&gt; id of the record made, None if none. any change the user made (validity may have changed); NewRecordDialog listens. what a picker&apos;s &quot;New …&quot; does (new_record_dialog.create_form sets it); None: nothing. the field values the last committed edit was based on (see _user_finished)</extracomment>
        <translation>Lecture seule : cette base de données ne peut pas être modifiée depuis ce poste.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Offices:</source>
        <translation>Fonctions :</translation>
    </message>
    <message>
        <source>Officers:</source>
        <translation>Membres du bureau :</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ex. {0}</translation>
    </message>
    <message>
        <source>Ends before it starts ({0})</source>
        <translation>Se termine avant de commencer ({0})</translation>
    </message>
    <message>
        <source>Already recorded as “{0}”</source>
        <translation>Déjà enregistré comme « {0} »</translation>
    </message>
    <message>
        <source>New records can be added from the main window only.</source>
        <translation>Les nouvelles fiches ne peuvent être ajoutées que depuis la fenêtre principale.</translation>
    </message>
    <message>
        <source>Could not add the {0}</source>
        <extracomment>The kind a new organization made from a picker starts with, by the picker&apos;s field: who speaks, answers an invitation or carries out an action is usually a delegation.</extracomment>
        <translation>Impossible d&apos;ajouter : {0}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Record</source>
        <extracomment>A longer heading is cut (with &quot;…&quot;) so that it never pushes the form out of sight.</extracomment>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>Titre de la fiche</translation>
    </message>
    <message>
        <source>&amp;Translations…</source>
        <translation>&amp;Traductions…</translation>
    </message>
    <message>
        <source>This record&apos;s texts in Spanish, French, Portuguese and English</source>
        <translation>Les textes de cette fiche en espagnol, français, portugais et anglais</translation>
    </message>
    <message>
        <source>Select a record to see and edit it here.</source>
        <translation>Sélectionnez une fiche pour la voir et la modifier ici.</translation>
    </message>
    <message>
        <source>%1 form</source>
        <translation>Formulaire : %1</translation>
    </message>
    <message>
        <source>Entry Not Saved</source>
        <translation>Saisie non enregistrée</translation>
    </message>
    <message>
        <source>The %1 “%2” has an entry that cannot be saved.</source>
        <translation>« %2 » (%1) contient une saisie qui ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>New {0}… (Insert)</source>
        <extracomment>(kind, text typed so far) -&gt; id of the new record, or None when the user cancelled. Keys with which a combo box steps to another entry. True: the record is shown, not changed (set_read_only)</extracomment>
        <translation>Créer : {0}… (Insert)</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nouveau : {0}</translation>
    </message>
    <message>
        <source>Search {0}…</source>
        <translation>Rechercher : {0}…</translation>
    </message>
    <message>
        <source>No {0} matches “{1}”: choose one from the list or add it with +</source>
        <translation>Aucune fiche ({0}) ne correspond à « {1} » : choisissez-en une dans la liste ou ajoutez-la avec +</translation>
    </message>
    <message>
        <source>{0} records match “{1}”: choose one from the list</source>
        <translation>{0} fiches correspondent à « {1} » : choisissez-en une dans la liste</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
</context>
<context>
    <name>ReportReviewDialog</name>
    <message>
        <source>Import Report %1</source>
        <translation>Importer le rapport %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the draft</source>
        <translation>Importer le brouillon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Not placed (lines %1–%2, %3): %4</source>
        <translation>Non placé (lignes %1–%2, %3) : %4</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existante</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>%1: meeting of %2 in %3 — %4 records (%5 new, %6 already in the database): %7 interventions, %8 actions, %9 decisions.</source>
        <translation>%1 : réunion du %2 à %3 — %4 fiches (%5 nouvelles, %6 déjà dans la base de données) : %7 interventions, %8 actions, %9 décisions.</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>kind -&gt; the title of its group in the tree of proposed records.</extracomment>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>délégation</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>délégations</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>présidence</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>note de bas de page</translation>
    </message>
    <message>
        <source>a paragraph among follow-up items</source>
        <translation>un paragraphe parmi les points de suivi</translation>
    </message>
    <message>
        <source>replacement characters (�) on lines %1</source>
        <translation>caractères de remplacement (�) aux lignes %1</translation>
    </message>
    <message>
        <source>line %1: the item&apos;s number was lost in conversion; read as %2</source>
        <translation>ligne %1 : le numéro du point a été perdu à la conversion ; lu comme %2</translation>
    </message>
    <message>
        <source>no date of the meeting found in the introduction</source>
        <translation>aucune date de réunion trouvée dans l&apos;introduction</translation>
    </message>
    <message>
        <source>no body found for the meeting (use --body)</source>
        <translation>aucun organe trouvé pour la réunion (utilisez --body)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(sans orateur)</translation>
    </message>
    <message>
        <source>place?</source>
        <translation>lieu ?</translation>
    </message>
    <message>
        <source>Invitation (%1)</source>
        <translation>Invitation (%1)</translation>
    </message>
    <message>
        <source>&amp;Source text</source>
        <translation>Texte &amp;source</translation>
    </message>
    <message>
        <source>Source text of the report, line by line</source>
        <translation>Texte source du rapport, ligne par ligne</translation>
    </message>
    <message>
        <source>&amp;Proposed records</source>
        <translation>Fiches &amp;proposées</translation>
    </message>
    <message>
        <source>Proposed records</source>
        <translation>Fiches proposées</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Correct the selected record</source>
        <translation>Corriger la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>&amp;Orateur :</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Kind of speaker</source>
        <translation>Type d&apos;orateur</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Définir l&apos;orateur</translation>
    </message>
    <message>
        <source>Set &amp;Speaker</source>
        <translation>Définir l&apos;o&amp;rateur</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Fusionner avec le suivant</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Fusionner avec le suivant</translation>
    </message>
    <message>
        <source>Split after first sentence</source>
        <translation>Scinder après la première phrase</translation>
    </message>
    <message>
        <source>Sp&amp;lit after First Sentence</source>
        <translation>&amp;Scinder après la première phrase</translation>
    </message>
    <message>
        <source>&amp;Warnings and text not placed</source>
        <translation>&amp;Avertissements et texte non placé</translation>
    </message>
    <message>
        <source>Warnings and text not placed</source>
        <translation>Avertissements et texte non placé</translation>
    </message>
</context>
<context>
    <name>ResolutionForm</name>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Cote :</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Sess&amp;ion :</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Adoptée le :</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Adopted &amp;by:</source>
        <translation>Adoptée &amp;par :</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>Adoptée par</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before upgrade to %1</source>
        <translation>avant la mise à niveau vers %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Choisissez la copie à laquelle revenir. La base de données dans son état actuel est d&apos;abord sauvegardée : une restauration peut donc elle-même être annulée en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <extracomment>(database, text, limit) -&gt; hits; called in a worker thread (it opens its own read session).</extracomment>
        <translation>%2 : %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search text</source>
        <extracomment>runs a search in the worker thread (tests wrap it to hold a search back) the number of the latest search started; results of any other are dropped</extracomment>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Search meetings, documents, people…</source>
        <translation>Rechercher des réunions, documents, personnes…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>Aucune fiche ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 résultats</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Type the server&apos;s address: postgresql://USER@HOST/DATABASE</source>
        <translation>Saisissez l&apos;adresse du serveur : postgresql://UTILISATEUR@SERVEUR/BASE</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://</source>
        <translation>L&apos;adresse d&apos;un serveur commence par postgresql://</translation>
    </message>
    <message>
        <source>A server address has no spaces.</source>
        <translation>L&apos;adresse d&apos;un serveur ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Leave the password out: MigDesk never keeps one.</source>
        <translation>N&apos;indiquez pas le mot de passe : MigDesk n&apos;en conserve jamais.</translation>
    </message>
    <message>
        <source>The address has a connection parameter PostgreSQL does not know.</source>
        <translation>L&apos;adresse contient un paramètre de connexion que PostgreSQL ne connaît pas.</translation>
    </message>
    <message>
        <source>Name the database: postgresql://USER@HOST/DATABASE</source>
        <translation>Indiquez la base de données : postgresql://UTILISATEUR@SERVEUR/BASE</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>MigDesk could not open %1.</source>
        <translation>MigDesk n&apos;a pas pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Connect to a database server</source>
        <translation>Se connecter à un serveur de bases de données</translation>
    </message>
    <message>
        <source>&amp;Server address (a PostgreSQL connection URI):</source>
        <translation>Adresse du &amp;serveur (URI de connexion PostgreSQL) :</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://utilisateur@serveur/base</translation>
    </message>
    <message>
        <source>What is wrong with the address</source>
        <translation>Ce qui ne va pas dans l&apos;adresse</translation>
    </message>
    <message>
        <source>MigDesk never stores your password. The connection finds it in your password file (~/.pgpass), a service file (~/.pg_service.conf) or the PGPASSWORD variable, as every PostgreSQL program does. Other options, such as sslmode=verify-full, go after a question mark.</source>
        <translation>MigDesk ne conserve jamais votre mot de passe. La connexion le trouve dans votre fichier de mots de passe (~/.pgpass), un fichier de service (~/.pg_service.conf) ou la variable PGPASSWORD, comme tout programme PostgreSQL. Les autres options, telles que sslmode=verify-full, se placent après un point d&apos;interrogation.</translation>
    </message>
    <message>
        <source>&amp;Recent servers:</source>
        <translation>Serveurs &amp;récents :</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Serveurs récents</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>SymbolEdit</name>
    <message>
        <source>e.g. AG/RES. 2356 (XXXVIII-O/08)</source>
        <translation>p. ex. AG/RES. 2356 (XXXVIII-O/08)</translation>
    </message>
    <message>
        <source>(read as {0})</source>
        <translation>(lu comme {0})</translation>
    </message>
    <message>
        <source>Not a symbol MigDesk recognises: {0}. It is kept as written.</source>
        <translation>Cote non reconnue par MigDesk : {0}. Elle est conservée telle quelle.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <source>Sync cancelled: neither database was changed</source>
        <translation>Synchronisation annulée : aucune des deux bases de données n&apos;a changé</translation>
    </message>
    <message>
        <source>Sync with %1</source>
        <translation>Synchronisation avec %1</translation>
    </message>
    <message>
        <source>Synced with %1: received %2, sent %3, conflicts %4</source>
        <translation>Synchronisé avec %1 : reçus %2, envoyés %3, conflits %4</translation>
    </message>
    <message>
        <source>Sync With</source>
        <translation>Synchroniser avec</translation>
    </message>
    <message>
        <source>This database received the changes of %1, but %1 could not take this database&apos;s changes; the next sync sends them.</source>
        <translation>Cette base de données a reçu les modifications de %1, mais %1 n&apos;a pas pu recevoir celles de cette base de données ; la prochaine synchronisation les envoie.</translation>
    </message>
    <message>
        <source>(cancelled before sending: the next sync sends it)</source>
        <translation>(annulée avant l&apos;envoi : la prochaine synchronisation l&apos;envoie)</translation>
    </message>
    <message>
        <source>Values chosen after the sync with %1</source>
        <translation>Valeurs choisies après la synchronisation avec %1</translation>
    </message>
    <message>
        <source>The sync with %1 did not happen; neither database was changed.</source>
        <translation>La synchronisation avec %1 n&apos;a pas eu lieu ; aucune des deux bases de données n&apos;a changé.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open a delegation&apos;s shared database on a PostgreSQL server</source>
        <translation>Ouvrir la base de données partagée d&apos;une délégation sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ync With…</source>
        <translation>S&amp;ynchroniser avec…</translation>
    </message>
    <message>
        <source>Bring this database and another (a file or a server) together both ways</source>
        <translation>Réunir cette base de données et une autre (un fichier ou un serveur) dans les deux sens</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>Fields changed on both sides: your value and the other database&apos;s</source>
        <translation>Champs modifiés des deux côtés : votre valeur et celle de l&apos;autre base de données</translation>
    </message>
    <message>
        <source>These fields were changed both here and in %1 since the last sync. This database kept its values (Mine), and the sync sent them there; the others (Theirs) are kept in each record&apos;s history. Choose Take Theirs or Edit to use another value.</source>
        <translation>Ces champs ont été modifiés ici et dans %1 depuis la dernière synchronisation. Cette base de données a gardé ses valeurs (Les miennes) et la synchronisation les y a envoyées ; les autres (Les leurs) sont conservées dans l&apos;historique de chaque fiche. Choisissez Prendre les leurs ou Modifier pour utiliser une autre valeur.</translation>
    </message>
    <message>
        <source>&amp;Use These Values</source>
        <translation>&amp;Utiliser ces valeurs</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Une valeur que vous avez saisie ne peut pas être utilisée.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>What the other database changed comes here, and what you changed here goes there. Where both changed the same field, this database keeps its value and the other is kept in the record&apos;s history. Both databases are backed up first.</source>
        <translation>Ce que l&apos;autre base de données a modifié arrive ici, et ce que vous avez modifié ici y part. Là où les deux ont modifié le même champ, cette base de données garde sa valeur et l&apos;autre est conservée dans l&apos;historique de la fiche. Les deux bases de données sont d&apos;abord sauvegardées.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Sync With</source>
        <translation>Synchroniser avec</translation>
    </message>
    <message>
        <source>MigDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données MigDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sync with another database</source>
        <translation>Synchroniser avec une autre base de données</translation>
    </message>
    <message>
        <source>A database &amp;file:</source>
        <translation>Un &amp;fichier de base de données :</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>Le fichier de l&apos;autre base de données</translation>
    </message>
    <message>
        <source>delegation.sqlite</source>
        <translation>delegation.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the other database file</source>
        <translation>Choisir le fichier de l&apos;autre base de données</translation>
    </message>
    <message>
        <source>A &amp;server you connected to:</source>
        <translation>Un &amp;serveur auquel vous vous êtes connecté :</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Serveurs récents</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Records of the selected item</source>
        <translation>Fiches de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrer le tableau</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 fiche</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 fiches</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <source>Translations: %1</source>
        <translation>Traductions : %1</translation>
    </message>
    <message>
        <source>Field to translate</source>
        <translation>Champ à traduire</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texte original</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <extracomment>Text fields that are the same in every language (symbols, file facts, numbers).</extracomment>
        <translation>Texte en %1</translation>
    </message>
    <message>
        <source>No translation yet: type it here.</source>
        <translation>Pas encore de traduction : saisissez-la ici.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <source>Original (%1):</source>
        <translation>Original (%1) :</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>MigDesk User Guide</source>
        <translation>Guide de l&apos;utilisateur de MigDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Processus consultatif régional</translation>
    </message>
    <message>
        <source>Subregional bloc</source>
        <translation>Bloc sous-régional</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Member state delegation</source>
        <translation>Délégation d&apos;État membre</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Unable to attend</source>
        <translation>Empêché</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>A convenu</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>A demandé</translation>
    </message>
    <message>
        <source>Took note</source>
        <translation>A pris note</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>A recommandé</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>A élu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>A approuvé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Restreinte</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice-présidence</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>One delegation</source>
        <translation>Une délégation</translation>
    </message>
    <message>
        <source>Several named delegations</source>
        <translation>Plusieurs délégations nommées</translation>
    </message>
    <message>
        <source>An unnamed group</source>
        <translation>Un groupe non nommé</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation>Une organisation</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>La présidence</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribué</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>Créer un fichier de base de données vide</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to one of the database&apos;s backup copies</source>
        <translation>Revenir à l&apos;une des copies de sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close MigDesk</source>
        <translation>Fermer MigDesk</translation>
    </message>
    <message>
        <source>Load &amp;Demo Meeting</source>
        <translation>Charger la réunion de &amp;démonstration</translation>
    </message>
    <message>
        <source>Add the CEAM meeting of 13 February 2009 to this database (you can undo it)</source>
        <translation>Ajouter la réunion de la CEAM du 13 février 2009 à cette base de données (vous pouvez l&apos;annuler)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search every record</source>
        <translation>Rechercher dans toutes les fiches</translation>
    </message>
    <message>
        <source>Fi&amp;lter Table</source>
        <translation>Fi&amp;ltrer le tableau</translation>
    </message>
    <message>
        <source>Type to keep only the matching rows of the table</source>
        <translation>Tapez pour ne garder que les lignes correspondantes du tableau</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>Show every change of this session</source>
        <translation>Afficher toutes les modifications de cette session</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Parcourir</translation>
    </message>
    <message>
        <source>Show the navigator tree</source>
        <translation>Afficher l&apos;arborescence de navigation</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add a record here</source>
        <translation>Ajouter une fiche ici</translation>
    </message>
    <message>
        <source>&amp;Agenda Item…</source>
        <translation>&amp;Point de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <source>Add an agenda item to the meeting</source>
        <translation>Ajouter un point de l&apos;ordre du jour à la réunion</translation>
    </message>
    <message>
        <source>&amp;Intervention…</source>
        <translation>&amp;Intervention…</translation>
    </message>
    <message>
        <source>Add an intervention to the meeting</source>
        <translation>Ajouter une intervention à la réunion</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>&amp;Décision…</translation>
    </message>
    <message>
        <source>Add a decision to the meeting</source>
        <translation>Ajouter une décision à la réunion</translation>
    </message>
    <message>
        <source>Follow-up A&amp;ction…</source>
        <translation>A&amp;ction de suivi…</translation>
    </message>
    <message>
        <source>Add a follow-up action to the meeting</source>
        <translation>Ajouter une action de suivi à la réunion</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected records (you can undo it)</source>
        <translation>Supprimer les fiches sélectionnées (vous pouvez l&apos;annuler)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the record one place earlier</source>
        <translation>Déplacer la fiche d&apos;une place vers le haut</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the record one place later</source>
        <translation>Déplacer la fiche d&apos;une place vers le bas</translation>
    </message>
    <message>
        <source>Record &amp;History…</source>
        <translation>&amp;Historique de la fiche…</translation>
    </message>
    <message>
        <source>Values the record did not keep (conflicts, superseded), to use one again</source>
        <translation>Valeurs que la fiche n&apos;a pas gardées (conflits, remplacées), pour en réutiliser une</translation>
    </message>
    <message>
        <source>Body &amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble de l&apos;organe</translation>
    </message>
    <message>
        <source>Meetings per year and open actions of the selected body</source>
        <translation>Réunions par année et actions en cours de l&apos;organe sélectionné</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the database again (after changes made outside this window)</source>
        <translation>Relire la base de données (après des modifications faites hors de cette fenêtre)</translation>
    </message>
    <message>
        <source>MigDesk &amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur de MigDesk</translation>
    </message>
    <message>
        <source>Installing, recording a meeting, printing and sharing</source>
        <translation>Installation, saisie d&apos;une réunion, impression et partage</translation>
    </message>
    <message>
        <source>&amp;About MigDesk</source>
        <translation>À &amp;propos de MigDesk</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version et licences</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Qt&apos;s version and licence</source>
        <translation>Version et licence de Qt</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer : {0}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Translate %1</source>
        <translation>Traduire : %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Import Report</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <source>Import report %1</source>
        <translation>Importer le rapport %1</translation>
    </message>
</context>
</TS>
