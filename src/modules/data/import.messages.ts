import type { ModuleMessages } from '../../i18n/catalogue.ts';

/** Messages of the importer (admin pages, API problems, CLI report). Prefix `data.import.`. */
const en = {
  'data.import.nav': 'Data imports',
  'data.import.title': 'Data imports',
  'data.import.lead':
    'Every file imported into the indicator store, by dataset. The newest complete release of a dataset is the current one; earlier releases are kept as history.',
  'data.import.new': 'Import a file',
  'data.import.empty': 'No data has been imported yet. Import a published file to fill the country profiles.',
  'data.import.col.release': 'Release and file',
  'data.import.col.status': 'Status',
  'data.import.col.rows': 'Rows read',
  'data.import.col.values': 'Values stored',
  'data.import.col.skipped': 'Rows or cells skipped',
  'data.import.col.by': 'Imported by',
  'data.import.col.when': 'Started',
  'data.import.col.place': 'File, line and cell',
  'data.import.col.reason': 'Why it was skipped',
  'data.import.status.running': 'Running',
  'data.import.status.complete': 'Complete',
  'data.import.status.failed': 'Failed',
  'data.import.current': 'Current',
  'data.import.byCommandLine': 'Command line',
  'data.import.form.title': 'Import a data file',
  'data.import.form.lead':
    'Upload the file as the publisher released it: do not edit it first. Corridor reads it, reports every row it cannot use, and makes it the current release only if the whole file is read.',
  'data.import.form.more': 'More options (matrices, your own tables, partial years)',
  'data.import.form.submit': 'Import file',
  'data.import.field.kind': 'What kind of file is it?',
  'data.import.field.kind.hint': 'This decides how the file is read.',
  'data.import.field.kind.choose': 'Choose the kind of file',
  'data.import.field.file': 'File',
  'data.import.field.file.hint': 'CSV, Excel (.xlsx) or old Excel (.xls), up to {size} MB.',
  'data.import.field.release': 'Release label',
  'data.import.field.release.hint':
    'For example “June 2023”. Leave empty to use the date or edition written in the file.',
  'data.import.field.indicator': 'Indicator',
  'data.import.field.indicator.hint':
    'For a matrix whose title does not name its indicator, or for your own table when it has no indicator column.',
  'data.import.field.indicator.none': 'Read it from the file',
  'data.import.field.rows': 'Rows of the matrix are',
  'data.import.field.rows.hint': 'Only when the matrix’s corner cell does not say which axis is the origin.',
  'data.import.field.rows.fromFile': 'Read it from the corner cell',
  'data.import.field.rows.origin': 'Origins (sending countries)',
  'data.import.field.rows.destination': 'Destinations (receiving countries)',
  'data.import.field.period': 'Year of the matrix',
  'data.import.field.period.hint': 'Four digits, like 2017. Only when the matrix’s title gives no year.',
  'data.import.field.sheet': 'Sheet',
  'data.import.field.sheet.hint': 'The name of the sheet to read, when it is not the usual one.',
  'data.import.field.dataset': 'Dataset code',
  'data.import.field.dataset.hint':
    'For your own tables: “generic:” followed by lower-case letters, digits and dashes, like generic:moldova-labour-survey.',
  'data.import.field.columns': 'Column names in your file',
  'data.import.field.columns.hint':
    'One per line, like “value=Valeur” or “country=Pays”. Fields: indicator, country, origin, destination, sex, age, period, value.',
  'data.import.field.keepPartial':
    'Keep a latest-year value that looks partial (less than 40% of the year before)',
  'data.import.field.dryRun': 'Only check the file: report what would be imported, store nothing',
  'data.import.error.kind': 'Choose what kind of file this is',
  'data.import.error.file': 'Choose a file to import',
  'data.import.error.columns':
    'Write each column mapping as field=Column name, one per line, with a field among indicator, country, origin, destination, sex, age, period, value',
  'data.import.error.indicator': 'Choose an indicator from the list',
  'data.import.error.period': 'Enter the year as four digits, like 2017',
  'data.import.error.dataset':
    'Enter a dataset code that starts with generic: followed by lower-case letters, digits or dashes',
  'data.import.error.tooLarge': 'The file is too large to import',
  'data.import.error.mediaType':
    'Send the file as the raw request body, with Content-Type: application/octet-stream (or text/csv)',
  'data.import.started': 'The import has started. This page shows its progress.',
  'data.import.startedAt': 'Started',
  'data.import.finishedAt': 'Finished',
  'data.import.unchanged': 'This file was already imported (release {label}). Nothing changed.',
  'data.import.release.title': 'Release {label}',
  'data.import.release.about': 'About this release',
  'data.import.dataset': 'Dataset',
  'data.import.publisher': 'Publisher and licence',
  'data.import.report': 'Report',
  'data.import.missing': 'Empty cells (no value published)',
  'data.import.running': 'Importing: {percent}% of the file read',
  'data.import.refreshing': 'This page refreshes every 3 seconds until the import ends.',
  'data.import.refresh.stop': 'Stop refreshing',
  'data.import.refresh.now': 'Check progress',
  'data.import.failed': 'The import failed',
  'data.import.failed.nothingChanged':
    'Nothing from this file was kept: the current release of the dataset is unchanged. Correct the file, or choose other options, and import it again.',
  'data.import.noneSkipped': 'Every row was read: nothing was skipped.',
  'data.import.byReason': 'Skipped, by reason',
  'data.import.skippedRows': 'Skipped rows and cells',
  'data.import.capped': 'The first {shown} of {total} are listed.',
  'data.import.back': 'Back to data imports',
  'data.import.dryRun.title': 'File checked',
  'data.import.dryRun.lead':
    'Nothing was stored. If everything below is as expected, import the file for real. Release: {label}',
  'data.import.dryRun.again': 'Import a file',
  'data.import.kindOfFile': 'Kind of file',
  'data.import.kind.undesa': 'UN DESA International Migrant Stock (.xlsx)',
  'data.import.kind.wdi': 'World Bank WDI indicator download (CSV or Excel)',
  'data.import.kind.knomad': 'KNOMAD annual remittance inflows or outflows (.xlsx)',
  'data.import.kind.matrix': 'Bilateral matrix, country by country (.xlsx)',
  'data.import.kind.rpw': 'Remittance Prices Worldwide corridors (DataBank CSV)',
  'data.import.kind.unhcr': 'UNHCR refugees and asylum seekers by origin and asylum (CSV)',
  'data.import.kind.generic': 'Your own table: indicator, country, period, value (CSV or .xlsx)',
  'data.import.kind.synthetic': 'Synthetic data (benchmark)',
  'data.import.reasonName.unknown-area': 'Unknown country or area',
  'data.import.reasonName.ambiguous-area': 'Name that fits several areas',
  'data.import.reasonName.ambiguous-code': 'Code that reads two ways',
  'data.import.reasonName.two-letter-code': 'Two-letter code in a column not declared as ISO alpha-2',
  'data.import.reasonName.missing-area': 'Area marked “not available”',
  'data.import.reasonName.not-a-number': 'Text where a number was expected',
  'data.import.reasonName.unknown-indicator': 'Indicator not in the catalogue',
  'data.import.reasonName.wrong-shape': 'Country value for a bilateral indicator, or the reverse',
  'data.import.reasonName.bad-period': 'Period not understood',
  'data.import.reasonName.bad-sex': 'Sex not understood',
  'data.import.reasonName.missing-field': 'Missing field',
  'data.import.reasonName.duplicate': 'Repeated row',
  'data.import.reasonName.partial-year': 'Partial latest year',
  'data.import.reasonName.note': 'Note or footnote',
  'data.import.reason.unknown-area':
    '“{name}” is not a country or area Corridor knows; the value was not stored.',
  'data.import.reason.ambiguous-area':
    '“{name}” could be several areas ({areas}); use a code (ISO or M49) instead of the name.',
  'data.import.reason.ambiguous-code':
    '“{name}” could be Namibia’s ISO alpha-2 code or the file’s “not available”; the value was not stored. Head the column “iso2” if it holds two-letter codes, or leave missing areas empty.',
  'data.import.reason.two-letter-code':
    '“{name}” is a two-letter code: Corridor reads ISO alpha-2 codes only in a column whose header says so (“iso2”, “alpha-2”), because some read two ways (NA: Namibia or “not available”). The value was not stored.',
  'data.import.reason.missing-area':
    'The {field} is “{text}”, which this file uses for “not available”; the value was not stored.',
  'data.import.reason.not-a-number': '“{text}” is not a number.',
  'data.import.reasonName.formula-without-value': 'Formula without a saved value',
  'data.import.reason.formula-without-value':
    'A formula without a saved value ({text}): open the file in a spreadsheet, let it calculate, save it and import it again.',
  'data.import.reason.unknown-indicator': 'Indicator “{code}” is not in the catalogue.',
  'data.import.reason.wrong-shape':
    'Indicator {code} needs an origin and a destination (or a single country, if it is not bilateral).',
  'data.import.reason.bad-period': '“{text}” is not a year (2020) or a quarter (2020Q3).',
  'data.import.reason.bad-sex': '“{text}” is not a sex: use total, female or male (or _T, F, M).',
  'data.import.reason.missing-field': 'The {field} is empty.',
  'data.import.reason.duplicate': 'Same indicator, area and period as line {line}, with the same value.',
  'data.import.reason.partial-year':
    '{name} {period} is {percent}% of the year before: it looks like a partial year, so it was not stored.',
  'data.import.reason.note': 'Note, not data: “{text}”.',
  'data.import.failure.not-utf8':
    'Line {line} is not UTF-8 text (byte {byte}): the file was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.',
  'data.import.failure.truncated':
    'The file stops in the middle of line {line}: it looks cut short. Download it again and import the whole file.',
  'data.import.failure.csv-syntax': 'Line {line} cannot be read as CSV: {message}',
  'data.import.failure.not-a-workbook':
    'The file cannot be opened as a spreadsheet ({message}). Check that you chose the right file and the right kind.',
  'data.import.failure.sheet-not-found': 'The workbook has no sheet “{sheet}”. Its sheets are: {sheets}.',
  'data.import.failure.header-not-found':
    'The table’s header was not found. This kind of file should have: {expected}. Check that you chose the right kind of file.',
  'data.import.failure.no-data': 'The file has no data rows.',
  'data.import.failure.conflicting-duplicate':
    'Line {line} gives {value} for the same indicator, area and period as line {first}, which gives {firstValue}. Correct one of the two lines and import again.',
  'data.import.failure.matrix-indicator':
    'The matrix’s title (“{text}”) does not say which indicator it holds. Choose the indicator.',
  'data.import.failure.matrix-axis':
    'The corner cell (“{text}”) does not say whether the rows are origins or destinations. Choose what the rows are.',
  'data.import.failure.matrix-period': 'The matrix’s title (“{text}”) gives no year. Enter the year.',
  'data.import.failure.matrix-conflict-indicator':
    'The matrix’s title names indicator {found}, but you chose {given}. Leave the indicator empty, or check the file.',
  'data.import.failure.matrix-conflict-rows':
    'The corner cell says the rows are {found} countries, but you chose {given}. Leave that choice empty, or check the file.',
  'data.import.failure.matrix-conflict-period':
    'The matrix’s title gives the year {found}, but you entered {given}. Leave the year empty, or check the file.',
  'data.import.failure.unknown-indicator':
    'The file holds indicator {code}, which is not in Corridor’s catalogue of indicators.',
  'data.import.failure.column-missing':
    'There is no column “{column}” in the header. Check the column names, or say which column holds it.',
  'data.import.failure.too-large': 'The file is too large to open ({size} bytes; the limit is {limit}).',
  'data.import.failure.unpacks-too-large':
    'The workbook unpacks to more than {limit} MB, far more than a spreadsheet of its size holds: it may be damaged or built to overload the server. Save the data sheet in a new workbook, or as CSV.',
  'data.import.failure.too-heavy':
    'Reading the workbook needed more than the {heap} MB of memory it may use, and was stopped. Save the data sheet in a new workbook, or as CSV.',
  'data.import.failure.line-too-long':
    'Line {line} is longer than {limit} characters: a quotation mark may be left open, or the lines may not end. Check the file around that line.',
  'data.import.failure.timeout': 'Reading the file took longer than {seconds} seconds and was stopped.',
  'data.import.failure.unexpected': 'The import stopped on an unexpected error: {message}',
  'data.import.failure.interrupted': 'The import was interrupted before it ended.',
  'data.import.cli.dataset': '{title} ({code}), release {label}',
  'data.import.cli.counts':
    'Rows read: {rows}. Values stored: {values}. Empty cells: {missing}. Skipped: {skipped}.',
  'data.import.cli.byReason': 'Skipped, by reason:',
  'data.import.cli.skipped': 'Skipped rows and cells (first {shown} of {total}):',
  'data.import.cli.release': 'Release {id}',
  'data.import.cli.status.complete': 'Imported: this release is now the current one.',
  'data.import.cli.status.failed': 'Import failed: nothing was kept and the current release is unchanged.',
  'data.import.cli.status.unchanged': 'Already imported: nothing changed.',
  'data.import.cli.status.dry-run': 'Dry run: nothing was stored.',
};

export const importMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'data.import.nav': 'Imports de données',
    'data.import.title': 'Imports de données',
    'data.import.lead':
      'Chaque fichier importé dans la base d’indicateurs, par jeu de données. La version complète la plus récente d’un jeu de données est la version en vigueur ; les précédentes sont conservées comme historique.',
    'data.import.new': 'Importer un fichier',
    'data.import.empty':
      'Aucune donnée n’a encore été importée. Importez un fichier publié pour alimenter les profils de pays.',
    'data.import.col.release': 'Version et fichier',
    'data.import.col.status': 'État',
    'data.import.col.rows': 'Lignes lues',
    'data.import.col.values': 'Valeurs enregistrées',
    'data.import.col.skipped': 'Lignes ou cellules ignorées',
    'data.import.col.by': 'Importé par',
    'data.import.col.when': 'Début',
    'data.import.col.place': 'Fichier, ligne et cellule',
    'data.import.col.reason': 'Raison',
    'data.import.status.running': 'En cours',
    'data.import.status.complete': 'Terminé',
    'data.import.status.failed': 'Échec',
    'data.import.current': 'En vigueur',
    'data.import.byCommandLine': 'Ligne de commande',
    'data.import.form.title': 'Importer un fichier de données',
    'data.import.form.lead':
      'Téléversez le fichier tel que l’éditeur l’a publié, sans le modifier. Corridor le lit, signale chaque ligne inutilisable et n’en fait la version en vigueur que si tout le fichier a été lu.',
    'data.import.form.more': 'Plus d’options (matrices, tableaux propres, années partielles)',
    'data.import.form.submit': 'Importer le fichier',
    'data.import.field.kind': 'De quel type de fichier s’agit-il ?',
    'data.import.field.kind.hint': 'Cela détermine la façon dont le fichier est lu.',
    'data.import.field.kind.choose': 'Choisissez le type de fichier',
    'data.import.field.file': 'Fichier',
    'data.import.field.file.hint': 'CSV, Excel (.xlsx) ou ancien Excel (.xls), jusqu’à {size} Mo.',
    'data.import.field.release': 'Libellé de la version',
    'data.import.field.release.hint':
      'Par exemple « Juin 2023 ». Laissez vide pour utiliser la date ou l’édition indiquée dans le fichier.',
    'data.import.field.indicator': 'Indicateur',
    'data.import.field.indicator.hint':
      'Pour une matrice dont le titre ne nomme pas l’indicateur, ou pour votre propre tableau s’il n’a pas de colonne indicateur.',
    'data.import.field.indicator.none': 'Le lire dans le fichier',
    'data.import.field.rows': 'Les lignes de la matrice sont',
    'data.import.field.rows.hint':
      'Seulement si la cellule d’angle de la matrice n’indique pas quel axe porte l’origine.',
    'data.import.field.rows.fromFile': 'Le lire dans la cellule d’angle',
    'data.import.field.rows.origin': 'Les origines (pays d’envoi)',
    'data.import.field.rows.destination': 'Les destinations (pays de réception)',
    'data.import.field.period': 'Année de la matrice',
    'data.import.field.period.hint':
      'Quatre chiffres, comme 2017. Seulement si le titre de la matrice ne donne pas d’année.',
    'data.import.field.sheet': 'Feuille',
    'data.import.field.sheet.hint': 'Le nom de la feuille à lire, si ce n’est pas la feuille habituelle.',
    'data.import.field.dataset': 'Code du jeu de données',
    'data.import.field.dataset.hint':
      'Pour vos propres tableaux : « generic: » suivi de lettres minuscules, de chiffres et de tirets, comme generic:moldova-enquete-emploi.',
    'data.import.field.columns': 'Noms des colonnes de votre fichier',
    'data.import.field.columns.hint':
      'Une par ligne, comme « value=Valeur » ou « country=Pays ». Champs : indicator, country, origin, destination, sex, age, period, value.',
    'data.import.field.keepPartial':
      'Garder une valeur de dernière année qui semble partielle (moins de 40 % de l’année précédente)',
    'data.import.field.dryRun':
      'Vérifier seulement le fichier : indiquer ce qui serait importé, sans rien enregistrer',
    'data.import.error.kind': 'Choisissez le type de fichier',
    'data.import.error.file': 'Choisissez un fichier à importer',
    'data.import.error.columns':
      'Écrivez chaque correspondance sous la forme champ=Nom de colonne, une par ligne, avec un champ parmi indicator, country, origin, destination, sex, age, period, value',
    'data.import.error.indicator': 'Choisissez un indicateur dans la liste',
    'data.import.error.period': 'Saisissez l’année en quatre chiffres, comme 2017',
    'data.import.error.dataset':
      'Saisissez un code de jeu de données commençant par generic: suivi de lettres minuscules, de chiffres ou de tirets',
    'data.import.error.tooLarge': 'Le fichier est trop volumineux pour être importé',
    'data.import.error.mediaType':
      'Envoyez le fichier comme corps brut de la requête, avec Content-Type: application/octet-stream (ou text/csv)',
    'data.import.started': 'L’import a commencé. Cette page en montre l’avancement.',
    'data.import.startedAt': 'Début',
    'data.import.finishedAt': 'Fin',
    'data.import.unchanged': 'Ce fichier a déjà été importé (version {label}). Rien n’a changé.',
    'data.import.release.title': 'Version {label}',
    'data.import.release.about': 'À propos de cette version',
    'data.import.dataset': 'Jeu de données',
    'data.import.publisher': 'Éditeur et licence',
    'data.import.report': 'Rapport',
    'data.import.missing': 'Cellules vides (aucune valeur publiée)',
    'data.import.running': 'Import en cours : {percent} % du fichier lu',
    'data.import.refreshing': 'Cette page s’actualise toutes les 3 secondes jusqu’à la fin de l’import.',
    'data.import.refresh.stop': 'Arrêter l’actualisation',
    'data.import.refresh.now': 'Voir l’avancement',
    'data.import.failed': 'L’import a échoué',
    'data.import.failed.nothingChanged':
      'Rien de ce fichier n’a été conservé : la version en vigueur du jeu de données est inchangée. Corrigez le fichier ou choisissez d’autres options, puis importez-le de nouveau.',
    'data.import.noneSkipped': 'Toutes les lignes ont été lues : rien n’a été ignoré.',
    'data.import.byReason': 'Éléments ignorés, par raison',
    'data.import.skippedRows': 'Lignes et cellules ignorées',
    'data.import.capped': 'Les {shown} premières sur {total} sont listées.',
    'data.import.back': 'Retour aux imports de données',
    'data.import.dryRun.title': 'Fichier vérifié',
    'data.import.dryRun.lead':
      'Rien n’a été enregistré. Si tout ce qui suit est correct, importez le fichier pour de bon. Version : {label}',
    'data.import.dryRun.again': 'Importer un fichier',
    'data.import.kindOfFile': 'Type de fichier',
    'data.import.kind.undesa': 'DAES de l’ONU, stock de migrants internationaux (.xlsx)',
    'data.import.kind.wdi': 'Indicateur WDI de la Banque mondiale (CSV ou Excel)',
    'data.import.kind.knomad': 'KNOMAD, envois de fonds annuels reçus ou versés (.xlsx)',
    'data.import.kind.matrix': 'Matrice bilatérale, pays par pays (.xlsx)',
    'data.import.kind.rpw': 'Remittance Prices Worldwide, corridors (CSV DataBank)',
    'data.import.kind.unhcr': 'HCR, réfugiés et demandeurs d’asile par origine et pays d’asile (CSV)',
    'data.import.kind.generic': 'Votre propre tableau : indicateur, pays, période, valeur (CSV ou .xlsx)',
    'data.import.kind.synthetic': 'Données synthétiques (banc d’essai)',
    'data.import.reasonName.unknown-area': 'Pays ou zone inconnu',
    'data.import.reasonName.ambiguous-area': 'Nom correspondant à plusieurs zones',
    'data.import.reasonName.not-a-number': 'Texte à la place d’un nombre',
    'data.import.reasonName.unknown-indicator': 'Indicateur absent du catalogue',
    'data.import.reasonName.wrong-shape': 'Valeur nationale pour un indicateur bilatéral, ou l’inverse',
    'data.import.reasonName.bad-period': 'Période non comprise',
    'data.import.reasonName.bad-sex': 'Sexe non compris',
    'data.import.reasonName.missing-field': 'Champ manquant',
    'data.import.reasonName.duplicate': 'Ligne répétée',
    'data.import.reasonName.partial-year': 'Dernière année partielle',
    'data.import.reasonName.note': 'Note ou note de bas de page',
    'data.import.reason.unknown-area':
      '« {name} » n’est pas un pays ou une zone connue de Corridor ; la valeur n’a pas été enregistrée.',
    'data.import.reason.ambiguous-area':
      '« {name} » peut désigner plusieurs zones ({areas}) ; utilisez un code (ISO ou M49) au lieu du nom.',
    'data.import.reasonName.ambiguous-code': 'Code qui se lit de deux façons',
    'data.import.reasonName.two-letter-code': 'Code à deux lettres dans une colonne non déclarée ISO alpha-2',
    'data.import.reasonName.missing-area': 'Zone marquée « non disponible »',
    'data.import.reason.ambiguous-code':
      '« {name} » peut être le code ISO alpha-2 de la Namibie ou le « non disponible » du fichier ; la valeur n’a pas été enregistrée. Intitulez la colonne « iso2 » si elle contient des codes à deux lettres, ou laissez vides les zones manquantes.',
    'data.import.reason.two-letter-code':
      '« {name} » est un code à deux lettres : Corridor ne lit les codes ISO alpha-2 que dans une colonne dont l’en-tête le dit (« iso2 », « alpha-2 »), car certains se lisent de deux façons (NA : Namibie ou « non disponible »). La valeur n’a pas été enregistrée.',
    'data.import.reason.missing-area':
      'Le champ {field} vaut « {text} », la marque « non disponible » de ce fichier ; la valeur n’a pas été enregistrée.',
    'data.import.reason.not-a-number': '« {text} » n’est pas un nombre.',
    'data.import.reasonName.formula-without-value': 'Formule sans valeur enregistrée',
    'data.import.reason.formula-without-value':
      'Une formule sans valeur enregistrée ({text}) : ouvrez le fichier dans un tableur, laissez-le calculer, enregistrez-le et importez-le de nouveau.',
    'data.import.reason.unknown-indicator': 'L’indicateur « {code} » n’est pas dans le catalogue.',
    'data.import.reason.wrong-shape':
      'L’indicateur {code} demande une origine et une destination (ou un seul pays, s’il n’est pas bilatéral).',
    'data.import.reason.bad-period': '« {text} » n’est ni une année (2020) ni un trimestre (2020Q3).',
    'data.import.reason.bad-sex':
      '« {text} » n’est pas un sexe : utilisez total, female ou male (ou _T, F, M).',
    'data.import.reason.missing-field': 'Le champ {field} est vide.',
    'data.import.reason.duplicate':
      'Même indicateur, zone et période qu’à la ligne {line}, avec la même valeur.',
    'data.import.reason.partial-year':
      '{name} {period} vaut {percent} % de l’année précédente : l’année semble partielle, la valeur n’a pas été enregistrée.',
    'data.import.reason.note': 'Note, pas une donnée : « {text} ».',
    'data.import.failure.not-utf8':
      'La ligne {line} n’est pas du texte UTF-8 (octet {byte}) : le fichier a sans doute été enregistré en Latin-1 ou Windows-1252. Enregistrez-le au format « CSV UTF-8 » et importez-le de nouveau.',
    'data.import.failure.truncated':
      'Le fichier s’arrête au milieu de la ligne {line} : il semble tronqué. Téléchargez-le de nouveau et importez le fichier complet.',
    'data.import.failure.csv-syntax': 'La ligne {line} ne peut pas être lue comme du CSV : {message}',
    'data.import.failure.not-a-workbook':
      'Le fichier ne peut pas être ouvert comme un classeur ({message}). Vérifiez que vous avez choisi le bon fichier et le bon type.',
    'data.import.failure.sheet-not-found':
      'Le classeur n’a pas de feuille « {sheet} ». Ses feuilles sont : {sheets}.',
    'data.import.failure.header-not-found':
      'L’en-tête du tableau est introuvable. Ce type de fichier doit contenir : {expected}. Vérifiez que vous avez choisi le bon type de fichier.',
    'data.import.failure.no-data': 'Le fichier ne contient aucune ligne de données.',
    'data.import.failure.conflicting-duplicate':
      'La ligne {line} donne {value} pour les mêmes indicateur, zone et période que la ligne {first}, qui donne {firstValue}. Corrigez l’une des deux lignes et importez de nouveau.',
    'data.import.failure.matrix-indicator':
      'Le titre de la matrice (« {text} ») n’indique pas l’indicateur qu’elle contient. Choisissez l’indicateur.',
    'data.import.failure.matrix-axis':
      'La cellule d’angle (« {text} ») n’indique pas si les lignes sont des origines ou des destinations. Précisez ce que sont les lignes.',
    'data.import.failure.matrix-period':
      'Le titre de la matrice (« {text} ») ne donne pas d’année. Saisissez l’année.',
    'data.import.failure.matrix-conflict-indicator':
      'Le titre de la matrice nomme l’indicateur {found}, mais vous avez choisi {given}. Laissez l’indicateur vide ou vérifiez le fichier.',
    'data.import.failure.matrix-conflict-rows':
      'La cellule d’angle indique que les lignes sont des pays « {found} », mais vous avez choisi « {given} ». Laissez ce choix vide ou vérifiez le fichier.',
    'data.import.failure.matrix-conflict-period':
      'Le titre de la matrice donne l’année {found}, mais vous avez saisi {given}. Laissez l’année vide ou vérifiez le fichier.',
    'data.import.failure.unknown-indicator':
      'Le fichier contient l’indicateur {code}, qui n’est pas dans le catalogue d’indicateurs de Corridor.',
    'data.import.failure.column-missing':
      'L’en-tête n’a pas de colonne « {column} ». Vérifiez les noms de colonnes ou indiquez quelle colonne la contient.',
    'data.import.failure.too-large':
      'Le fichier est trop volumineux pour être ouvert ({size} octets ; la limite est de {limit}).',
    'data.import.failure.unpacks-too-large':
      'Une fois décompressé, le classeur dépasse {limit} Mo, bien plus qu’un tableur de cette taille n’en contient : il est peut-être endommagé ou conçu pour surcharger le serveur. Enregistrez la feuille de données dans un nouveau classeur, ou en CSV.',
    'data.import.failure.too-heavy':
      'La lecture du classeur demandait plus que les {heap} Mo de mémoire permis, et a été arrêtée. Enregistrez la feuille de données dans un nouveau classeur, ou en CSV.',
    'data.import.failure.line-too-long':
      'La ligne {line} dépasse {limit} caractères : un guillemet est peut-être resté ouvert, ou les lignes ne se terminent pas. Vérifiez le fichier autour de cette ligne.',
    'data.import.failure.timeout': 'La lecture du fichier a dépassé {seconds} secondes et a été arrêtée.',
    'data.import.failure.unexpected': 'L’import s’est arrêté sur une erreur inattendue : {message}',
    'data.import.failure.interrupted': 'L’import a été interrompu avant la fin.',
    'data.import.cli.dataset': '{title} ({code}), version {label}',
    'data.import.cli.counts':
      'Lignes lues : {rows}. Valeurs enregistrées : {values}. Cellules vides : {missing}. Ignorées : {skipped}.',
    'data.import.cli.byReason': 'Éléments ignorés, par raison :',
    'data.import.cli.skipped': 'Lignes et cellules ignorées ({shown} premières sur {total}) :',
    'data.import.cli.release': 'Version {id}',
    'data.import.cli.status.complete': 'Importé : cette version est désormais en vigueur.',
    'data.import.cli.status.failed':
      'Échec de l’import : rien n’a été conservé et la version en vigueur est inchangée.',
    'data.import.cli.status.unchanged': 'Déjà importé : rien n’a changé.',
    'data.import.cli.status.dry-run': 'Vérification seule : rien n’a été enregistré.',
  },
  es: {
    'data.import.nav': 'Importación de datos',
    'data.import.title': 'Importación de datos',
    'data.import.lead':
      'Cada archivo importado en la base de indicadores, por conjunto de datos. La versión completa más reciente de un conjunto de datos es la vigente; las anteriores se conservan como historial.',
    'data.import.new': 'Importar un archivo',
    'data.import.empty':
      'Todavía no se ha importado ningún dato. Importe un archivo publicado para completar los perfiles de país.',
    'data.import.col.release': 'Versión y archivo',
    'data.import.col.status': 'Estado',
    'data.import.col.rows': 'Filas leídas',
    'data.import.col.values': 'Valores guardados',
    'data.import.col.skipped': 'Filas o celdas omitidas',
    'data.import.col.by': 'Importado por',
    'data.import.col.when': 'Inicio',
    'data.import.col.place': 'Archivo, línea y celda',
    'data.import.col.reason': 'Motivo',
    'data.import.status.running': 'En curso',
    'data.import.status.complete': 'Completada',
    'data.import.status.failed': 'Fallida',
    'data.import.current': 'Vigente',
    'data.import.byCommandLine': 'Línea de comandos',
    'data.import.form.title': 'Importar un archivo de datos',
    'data.import.form.lead':
      'Suba el archivo tal como lo publicó el editor, sin modificarlo. Corridor lo lee, informa de cada fila que no puede usar y solo lo convierte en la versión vigente si se ha leído el archivo entero.',
    'data.import.form.more': 'Más opciones (matrices, tablas propias, años parciales)',
    'data.import.form.submit': 'Importar archivo',
    'data.import.field.kind': '¿Qué tipo de archivo es?',
    'data.import.field.kind.hint': 'Esto determina cómo se lee el archivo.',
    'data.import.field.kind.choose': 'Elija el tipo de archivo',
    'data.import.field.file': 'Archivo',
    'data.import.field.file.hint': 'CSV, Excel (.xlsx) o Excel antiguo (.xls), hasta {size} MB.',
    'data.import.field.release': 'Etiqueta de la versión',
    'data.import.field.release.hint':
      'Por ejemplo «Junio de 2023». Déjelo vacío para usar la fecha o la edición que figura en el archivo.',
    'data.import.field.indicator': 'Indicador',
    'data.import.field.indicator.hint':
      'Para una matriz cuyo título no nombra el indicador, o para su propia tabla si no tiene columna de indicador.',
    'data.import.field.indicator.none': 'Leerlo del archivo',
    'data.import.field.rows': 'Las filas de la matriz son',
    'data.import.field.rows.hint':
      'Solo si la celda de la esquina de la matriz no indica qué eje es el origen.',
    'data.import.field.rows.fromFile': 'Leerlo de la celda de la esquina',
    'data.import.field.rows.origin': 'Orígenes (países de envío)',
    'data.import.field.rows.destination': 'Destinos (países receptores)',
    'data.import.field.period': 'Año de la matriz',
    'data.import.field.period.hint':
      'Cuatro dígitos, como 2017. Solo si el título de la matriz no da el año.',
    'data.import.field.sheet': 'Hoja',
    'data.import.field.sheet.hint': 'El nombre de la hoja que se debe leer, si no es la habitual.',
    'data.import.field.dataset': 'Código del conjunto de datos',
    'data.import.field.dataset.hint':
      'Para sus propias tablas: «generic:» seguido de minúsculas, dígitos y guiones, como generic:moldova-encuesta-laboral.',
    'data.import.field.columns': 'Nombres de las columnas de su archivo',
    'data.import.field.columns.hint':
      'Una por línea, como «value=Valor» o «country=País». Campos: indicator, country, origin, destination, sex, age, period, value.',
    'data.import.field.keepPartial':
      'Conservar un valor del último año que parece parcial (menos del 40 % del año anterior)',
    'data.import.field.dryRun':
      'Solo comprobar el archivo: informar de lo que se importaría, sin guardar nada',
    'data.import.error.kind': 'Elija el tipo de archivo',
    'data.import.error.file': 'Elija un archivo para importar',
    'data.import.error.columns':
      'Escriba cada correspondencia como campo=Nombre de columna, una por línea, con un campo entre indicator, country, origin, destination, sex, age, period, value',
    'data.import.error.indicator': 'Elija un indicador de la lista',
    'data.import.error.period': 'Escriba el año con cuatro dígitos, como 2017',
    'data.import.error.dataset':
      'Escriba un código de conjunto de datos que empiece por generic: seguido de minúsculas, dígitos o guiones',
    'data.import.error.tooLarge': 'El archivo es demasiado grande para importarlo',
    'data.import.error.mediaType':
      'Envíe el archivo como cuerpo sin procesar de la solicitud, con Content-Type: application/octet-stream (o text/csv)',
    'data.import.started': 'La importación ha comenzado. Esta página muestra su avance.',
    'data.import.startedAt': 'Inicio',
    'data.import.finishedAt': 'Fin',
    'data.import.unchanged': 'Este archivo ya se importó (versión {label}). No ha cambiado nada.',
    'data.import.release.title': 'Versión {label}',
    'data.import.release.about': 'Acerca de esta versión',
    'data.import.dataset': 'Conjunto de datos',
    'data.import.publisher': 'Editor y licencia',
    'data.import.report': 'Informe',
    'data.import.missing': 'Celdas vacías (sin valor publicado)',
    'data.import.running': 'Importando: {percent} % del archivo leído',
    'data.import.refreshing': 'Esta página se actualiza cada 3 segundos hasta que termine la importación.',
    'data.import.refresh.stop': 'Dejar de actualizar',
    'data.import.refresh.now': 'Ver el avance',
    'data.import.failed': 'La importación ha fallado',
    'data.import.failed.nothingChanged':
      'No se ha conservado nada de este archivo: la versión vigente del conjunto de datos no ha cambiado. Corrija el archivo o elija otras opciones e impórtelo de nuevo.',
    'data.import.noneSkipped': 'Se leyeron todas las filas: no se omitió nada.',
    'data.import.byReason': 'Omitido, por motivo',
    'data.import.skippedRows': 'Filas y celdas omitidas',
    'data.import.capped': 'Se muestran las {shown} primeras de {total}.',
    'data.import.back': 'Volver a la importación de datos',
    'data.import.dryRun.title': 'Archivo comprobado',
    'data.import.dryRun.lead':
      'No se ha guardado nada. Si todo lo que sigue es correcto, importe el archivo de verdad. Versión: {label}',
    'data.import.dryRun.again': 'Importar un archivo',
    'data.import.kindOfFile': 'Tipo de archivo',
    'data.import.kind.undesa': 'DAES de la ONU, stock de migrantes internacionales (.xlsx)',
    'data.import.kind.wdi': 'Indicador WDI del Banco Mundial (CSV o Excel)',
    'data.import.kind.knomad': 'KNOMAD, entradas o salidas anuales de remesas (.xlsx)',
    'data.import.kind.matrix': 'Matriz bilateral, país por país (.xlsx)',
    'data.import.kind.rpw': 'Remittance Prices Worldwide, corredores (CSV de DataBank)',
    'data.import.kind.unhcr': 'ACNUR, refugiados y solicitantes de asilo por origen y país de asilo (CSV)',
    'data.import.kind.generic': 'Su propia tabla: indicador, país, período, valor (CSV o .xlsx)',
    'data.import.kind.synthetic': 'Datos sintéticos (prueba de rendimiento)',
    'data.import.reasonName.unknown-area': 'País o zona desconocido',
    'data.import.reasonName.ambiguous-area': 'Nombre que corresponde a varias zonas',
    'data.import.reasonName.not-a-number': 'Texto donde se esperaba un número',
    'data.import.reasonName.unknown-indicator': 'Indicador que no está en el catálogo',
    'data.import.reasonName.wrong-shape': 'Valor nacional para un indicador bilateral, o al revés',
    'data.import.reasonName.bad-period': 'Período no reconocido',
    'data.import.reasonName.bad-sex': 'Sexo no reconocido',
    'data.import.reasonName.missing-field': 'Campo vacío',
    'data.import.reasonName.duplicate': 'Fila repetida',
    'data.import.reasonName.partial-year': 'Último año parcial',
    'data.import.reasonName.note': 'Nota o nota al pie',
    'data.import.reason.unknown-area':
      '«{name}» no es un país o zona que Corridor conozca; el valor no se guardó.',
    'data.import.reason.ambiguous-area':
      '«{name}» puede ser varias zonas ({areas}); use un código (ISO o M49) en lugar del nombre.',
    'data.import.reasonName.ambiguous-code': 'Código que se lee de dos maneras',
    'data.import.reasonName.two-letter-code': 'Código de dos letras en una columna no declarada ISO alfa-2',
    'data.import.reasonName.missing-area': 'Zona marcada «no disponible»',
    'data.import.reason.ambiguous-code':
      '«{name}» puede ser el código ISO alfa-2 de Namibia o el «no disponible» del archivo; el valor no se guardó. Titule la columna «iso2» si contiene códigos de dos letras, o deje vacías las zonas que faltan.',
    'data.import.reason.two-letter-code':
      '«{name}» es un código de dos letras: Corridor solo lee códigos ISO alfa-2 en una columna cuyo encabezado lo indica («iso2», «alpha-2»), porque algunos se leen de dos maneras (NA: Namibia o «no disponible»). El valor no se guardó.',
    'data.import.reason.missing-area':
      'El campo {field} es «{text}», la marca de «no disponible» de este archivo; el valor no se guardó.',
    'data.import.reason.not-a-number': '«{text}» no es un número.',
    'data.import.reasonName.formula-without-value': 'Fórmula sin valor guardado',
    'data.import.reason.formula-without-value':
      'Una fórmula sin valor guardado ({text}): abra el archivo en una hoja de cálculo, deje que calcule, guárdelo e impórtelo de nuevo.',
    'data.import.reason.unknown-indicator': 'El indicador «{code}» no está en el catálogo.',
    'data.import.reason.wrong-shape':
      'El indicador {code} requiere un origen y un destino (o un solo país, si no es bilateral).',
    'data.import.reason.bad-period': '«{text}» no es un año (2020) ni un trimestre (2020Q3).',
    'data.import.reason.bad-sex': '«{text}» no es un sexo: use total, female o male (o _T, F, M).',
    'data.import.reason.missing-field': 'El campo {field} está vacío.',
    'data.import.reason.duplicate':
      'Mismo indicador, zona y período que la línea {line}, con el mismo valor.',
    'data.import.reason.partial-year':
      '{name} {period} es el {percent} % del año anterior: parece un año parcial, así que no se guardó.',
    'data.import.reason.note': 'Nota, no un dato: «{text}».',
    'data.import.failure.not-utf8':
      'La línea {line} no es texto UTF-8 (byte {byte}): probablemente el archivo se guardó en Latin-1 o Windows-1252. Guárdelo como «CSV UTF-8» e impórtelo de nuevo.',
    'data.import.failure.truncated':
      'El archivo se interrumpe a mitad de la línea {line}: parece incompleto. Descárguelo de nuevo e importe el archivo completo.',
    'data.import.failure.csv-syntax': 'La línea {line} no se puede leer como CSV: {message}',
    'data.import.failure.not-a-workbook':
      'El archivo no se puede abrir como hoja de cálculo ({message}). Compruebe que eligió el archivo y el tipo correctos.',
    'data.import.failure.sheet-not-found':
      'El libro no tiene ninguna hoja «{sheet}». Sus hojas son: {sheets}.',
    'data.import.failure.header-not-found':
      'No se encontró el encabezado de la tabla. Este tipo de archivo debe tener: {expected}. Compruebe que eligió el tipo de archivo correcto.',
    'data.import.failure.no-data': 'El archivo no tiene filas de datos.',
    'data.import.failure.conflicting-duplicate':
      'La línea {line} da {value} para el mismo indicador, zona y período que la línea {first}, que da {firstValue}. Corrija una de las dos líneas e importe de nuevo.',
    'data.import.failure.matrix-indicator':
      'El título de la matriz («{text}») no indica qué indicador contiene. Elija el indicador.',
    'data.import.failure.matrix-axis':
      'La celda de la esquina («{text}») no indica si las filas son orígenes o destinos. Indique qué son las filas.',
    'data.import.failure.matrix-period':
      'El título de la matriz («{text}») no da ningún año. Escriba el año.',
    'data.import.failure.matrix-conflict-indicator':
      'El título de la matriz nombra el indicador {found}, pero usted eligió {given}. Deje el indicador vacío o revise el archivo.',
    'data.import.failure.matrix-conflict-rows':
      'La celda de la esquina indica que las filas son países «{found}», pero usted eligió «{given}». Deje esa opción vacía o revise el archivo.',
    'data.import.failure.matrix-conflict-period':
      'El título de la matriz da el año {found}, pero usted escribió {given}. Deje el año vacío o revise el archivo.',
    'data.import.failure.unknown-indicator':
      'El archivo contiene el indicador {code}, que no está en el catálogo de indicadores de Corridor.',
    'data.import.failure.column-missing':
      'El encabezado no tiene ninguna columna «{column}». Revise los nombres de las columnas o indique qué columna la contiene.',
    'data.import.failure.too-large':
      'El archivo es demasiado grande para abrirlo ({size} bytes; el límite es {limit}).',
    'data.import.failure.unpacks-too-large':
      'Descomprimido, el libro ocupa más de {limit} MB, mucho más de lo que contiene una hoja de cálculo de su tamaño: puede estar dañado o hecho para sobrecargar el servidor. Guarde la hoja de datos en un libro nuevo, o como CSV.',
    'data.import.failure.too-heavy':
      'La lectura del libro necesitaba más de los {heap} MB de memoria permitidos y se detuvo. Guarde la hoja de datos en un libro nuevo, o como CSV.',
    'data.import.failure.line-too-long':
      'La línea {line} tiene más de {limit} caracteres: quizá quedó abierta una comilla o las líneas no terminan. Revise el archivo en torno a esa línea.',
    'data.import.failure.timeout': 'La lectura del archivo superó los {seconds} segundos y se detuvo.',
    'data.import.failure.unexpected': 'La importación se detuvo por un error inesperado: {message}',
    'data.import.failure.interrupted': 'La importación se interrumpió antes de terminar.',
    'data.import.cli.dataset': '{title} ({code}), versión {label}',
    'data.import.cli.counts':
      'Filas leídas: {rows}. Valores guardados: {values}. Celdas vacías: {missing}. Omitidas: {skipped}.',
    'data.import.cli.byReason': 'Omitido, por motivo:',
    'data.import.cli.skipped': 'Filas y celdas omitidas (primeras {shown} de {total}):',
    'data.import.cli.release': 'Versión {id}',
    'data.import.cli.status.complete': 'Importado: esta versión es ahora la vigente.',
    'data.import.cli.status.failed':
      'La importación falló: no se conservó nada y la versión vigente no ha cambiado.',
    'data.import.cli.status.unchanged': 'Ya importado: no ha cambiado nada.',
    'data.import.cli.status.dry-run': 'Solo comprobación: no se guardó nada.',
  },
  ar: {
    'data.import.nav': 'استيراد البيانات',
    'data.import.title': 'استيراد البيانات',
    'data.import.lead':
      'كل ملف استُورد إلى قاعدة المؤشرات، حسب مجموعة البيانات. أحدث إصدار مكتمل لمجموعة بيانات هو الإصدار المعتمد؛ وتُحفظ الإصدارات السابقة سجلاً تاريخياً.',
    'data.import.new': 'استيراد ملف',
    'data.import.empty': 'لم تُستورد أي بيانات بعد. استورد ملفاً منشوراً لملء ملامح البلدان.',
    'data.import.col.release': 'الإصدار والملف',
    'data.import.col.status': 'الحالة',
    'data.import.col.rows': 'الصفوف المقروءة',
    'data.import.col.values': 'القيم المحفوظة',
    'data.import.col.skipped': 'الصفوف أو الخلايا المتجاوزة',
    'data.import.col.by': 'استورده',
    'data.import.col.when': 'البدء',
    'data.import.col.place': 'الملف والسطر والخلية',
    'data.import.col.reason': 'سبب التجاوز',
    'data.import.status.running': 'قيد التنفيذ',
    'data.import.status.complete': 'مكتمل',
    'data.import.status.failed': 'فشل',
    'data.import.current': 'معتمد',
    'data.import.byCommandLine': 'سطر الأوامر',
    'data.import.form.title': 'استيراد ملف بيانات',
    'data.import.form.lead':
      'ارفع الملف كما نشره الناشر دون تعديله. يقرأ Corridor الملف، ويُبلغ عن كل صف لا يمكن استخدامه، ولا يجعله الإصدار المعتمد إلا إذا قُرئ الملف كله.',
    'data.import.form.more': 'خيارات إضافية (المصفوفات، الجداول الخاصة، السنوات الجزئية)',
    'data.import.form.submit': 'استيراد الملف',
    'data.import.field.kind': 'ما نوع الملف؟',
    'data.import.field.kind.hint': 'يحدد هذا طريقة قراءة الملف.',
    'data.import.field.kind.choose': 'اختر نوع الملف',
    'data.import.field.file': 'الملف',
    'data.import.field.file.hint': 'CSV أو Excel (.xlsx) أو Excel القديم (.xls)، بحد أقصى {size} ميغابايت.',
    'data.import.field.release': 'تسمية الإصدار',
    'data.import.field.release.hint':
      'مثلاً «يونيو 2023». اتركه فارغاً لاستخدام التاريخ أو الطبعة المكتوبة في الملف.',
    'data.import.field.indicator': 'المؤشر',
    'data.import.field.indicator.hint':
      'لمصفوفة لا يذكر عنوانها المؤشر، أو لجدولك الخاص إذا لم يكن فيه عمود للمؤشر.',
    'data.import.field.indicator.none': 'قراءته من الملف',
    'data.import.field.rows': 'صفوف المصفوفة هي',
    'data.import.field.rows.hint': 'فقط إذا لم تذكر خلية الزاوية في المصفوفة أي محور يمثل المنشأ.',
    'data.import.field.rows.fromFile': 'قراءته من خلية الزاوية',
    'data.import.field.rows.origin': 'بلدان المنشأ (البلدان المرسِلة)',
    'data.import.field.rows.destination': 'بلدان المقصد (البلدان المستقبِلة)',
    'data.import.field.period': 'سنة المصفوفة',
    'data.import.field.period.hint': 'أربعة أرقام، مثل 2017. فقط إذا لم يذكر عنوان المصفوفة السنة.',
    'data.import.field.sheet': 'الورقة',
    'data.import.field.sheet.hint': 'اسم الورقة المطلوب قراءتها، إذا لم تكن الورقة المعتادة.',
    'data.import.field.dataset': 'رمز مجموعة البيانات',
    'data.import.field.dataset.hint':
      'لجداولك الخاصة: «generic:» متبوعاً بحروف لاتينية صغيرة وأرقام وشرطات، مثل generic:moldova-labour-survey.',
    'data.import.field.columns': 'أسماء الأعمدة في ملفك',
    'data.import.field.columns.hint':
      'واحد في كل سطر، مثل «value=Valeur» أو «country=Pays». الحقول: indicator وcountry وorigin وdestination وsex وage وperiod وvalue.',
    'data.import.field.keepPartial':
      'الاحتفاظ بقيمة السنة الأخيرة التي تبدو جزئية (أقل من 40% من السنة السابقة)',
    'data.import.field.dryRun': 'فحص الملف فقط: الإبلاغ عما سيُستورد دون حفظ أي شيء',
    'data.import.error.kind': 'اختر نوع هذا الملف',
    'data.import.error.file': 'اختر ملفاً لاستيراده',
    'data.import.error.columns':
      'اكتب كل مطابقة على شكل field=اسم العمود، واحدة في كل سطر، مع حقل من بين indicator وcountry وorigin وdestination وsex وage وperiod وvalue',
    'data.import.error.indicator': 'اختر مؤشراً من القائمة',
    'data.import.error.period': 'أدخل السنة بأربعة أرقام، مثل 2017',
    'data.import.error.dataset':
      'أدخل رمز مجموعة بيانات يبدأ بـ generic: متبوعاً بحروف لاتينية صغيرة أو أرقام أو شرطات',
    'data.import.error.tooLarge': 'الملف أكبر من أن يُستورد',
    'data.import.error.mediaType':
      'أرسل الملف كمتن خام للطلب، مع Content-Type: application/octet-stream (أو text/csv)',
    'data.import.started': 'بدأ الاستيراد. تعرض هذه الصفحة مدى تقدمه.',
    'data.import.startedAt': 'البدء',
    'data.import.finishedAt': 'الانتهاء',
    'data.import.unchanged': 'سبق استيراد هذا الملف (الإصدار {label}). لم يتغير شيء.',
    'data.import.release.title': 'الإصدار {label}',
    'data.import.release.about': 'عن هذا الإصدار',
    'data.import.dataset': 'مجموعة البيانات',
    'data.import.publisher': 'الناشر والترخيص',
    'data.import.report': 'التقرير',
    'data.import.missing': 'خلايا فارغة (لا قيمة منشورة)',
    'data.import.running': 'جارٍ الاستيراد: قُرئ {percent}% من الملف',
    'data.import.refreshing': 'تُحدَّث هذه الصفحة كل 3 ثوانٍ حتى ينتهي الاستيراد.',
    'data.import.refresh.stop': 'إيقاف التحديث',
    'data.import.refresh.now': 'عرض التقدم',
    'data.import.failed': 'فشل الاستيراد',
    'data.import.failed.nothingChanged':
      'لم يُحتفظ بأي شيء من هذا الملف: الإصدار المعتمد لمجموعة البيانات لم يتغير. صحّح الملف أو اختر خيارات أخرى، ثم استورده مجدداً.',
    'data.import.noneSkipped': 'قُرئت كل الصفوف: لم يُتجاوز أي شيء.',
    'data.import.byReason': 'العناصر المتجاوزة، حسب السبب',
    'data.import.skippedRows': 'الصفوف والخلايا المتجاوزة',
    'data.import.capped': 'تُعرض أول {shown} من أصل {total}.',
    'data.import.back': 'العودة إلى استيراد البيانات',
    'data.import.dryRun.title': 'تم فحص الملف',
    'data.import.dryRun.lead':
      'لم يُحفظ أي شيء. إذا كان كل ما يلي كما هو متوقع، فاستورد الملف فعلياً. الإصدار: {label}',
    'data.import.dryRun.again': 'استيراد ملف',
    'data.import.kindOfFile': 'نوع الملف',
    'data.import.kind.undesa':
      'إدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة، عدد المهاجرين الدوليين (.xlsx)',
    'data.import.kind.wdi': 'مؤشر من مؤشرات التنمية العالمية للبنك الدولي (CSV أو Excel)',
    'data.import.kind.knomad': 'كنوماد، التحويلات السنوية الواردة أو الصادرة (.xlsx)',
    'data.import.kind.matrix': 'مصفوفة ثنائية، بلداً مقابل بلد (.xlsx)',
    'data.import.kind.rpw': 'أسعار التحويلات في العالم، الممرات (CSV من DataBank)',
    'data.import.kind.unhcr': 'المفوضية، اللاجئون وطالبو اللجوء حسب المنشأ وبلد اللجوء (CSV)',
    'data.import.kind.generic': 'جدولك الخاص: المؤشر، البلد، الفترة، القيمة (CSV أو .xlsx)',
    'data.import.kind.synthetic': 'بيانات اصطناعية (اختبار الأداء)',
    'data.import.reasonName.unknown-area': 'بلد أو منطقة غير معروفة',
    'data.import.reasonName.ambiguous-area': 'اسم يطابق عدة مناطق',
    'data.import.reasonName.not-a-number': 'نص في موضع رقم',
    'data.import.reasonName.unknown-indicator': 'مؤشر غير موجود في الفهرس',
    'data.import.reasonName.wrong-shape': 'قيمة وطنية لمؤشر ثنائي، أو العكس',
    'data.import.reasonName.bad-period': 'فترة غير مفهومة',
    'data.import.reasonName.bad-sex': 'جنس غير مفهوم',
    'data.import.reasonName.missing-field': 'حقل فارغ',
    'data.import.reasonName.duplicate': 'صف مكرر',
    'data.import.reasonName.partial-year': 'سنة أخيرة جزئية',
    'data.import.reasonName.note': 'ملاحظة أو حاشية',
    'data.import.reason.unknown-area': '«{name}» ليس بلداً أو منطقة يعرفها Corridor؛ لم تُحفظ القيمة.',
    'data.import.reason.ambiguous-area':
      'قد يدل «{name}» على عدة مناطق ({areas})؛ استخدم رمزاً (ISO أو M49) بدل الاسم.',
    'data.import.reasonName.ambiguous-code': 'رمز يُقرأ بطريقتين',
    'data.import.reasonName.two-letter-code': 'رمز من حرفين في عمود لم يُعلَن أنه ISO alpha-2',
    'data.import.reasonName.missing-area': 'منطقة موسومة بـ«غير متاح»',
    'data.import.reason.ambiguous-code':
      'قد يكون «{name}» رمز ناميبيا في ISO alpha-2 أو علامة «غير متاح» في الملف؛ لم تُحفظ القيمة. اجعل عنوان العمود «iso2» إن كان يحوي رموزاً من حرفين، أو اترك المناطق الناقصة فارغة.',
    'data.import.reason.two-letter-code':
      '«{name}» رمز من حرفين: لا يقرأ Corridor رموز ISO alpha-2 إلا في عمود يقول عنوانه ذلك («iso2» أو «alpha-2»)، لأن بعضها يُقرأ بطريقتين (NA: ناميبيا أو «غير متاح»). لم تُحفظ القيمة.',
    'data.import.reason.missing-area':
      'الحقل {field} هو «{text}»، وهي علامة «غير متاح» في هذا الملف؛ لم تُحفظ القيمة.',
    'data.import.reason.not-a-number': '«{text}» ليس رقماً.',
    'data.import.reasonName.formula-without-value': 'صيغة بلا قيمة محفوظة',
    'data.import.reason.formula-without-value':
      'صيغة بلا قيمة محفوظة ({text}): افتح الملف في برنامج جداول بيانات، ودعه يحسب، واحفظه، ثم استورده من جديد.',
    'data.import.reason.unknown-indicator': 'المؤشر «{code}» غير موجود في الفهرس.',
    'data.import.reason.wrong-shape': 'يتطلب المؤشر {code} منشأً ومقصداً (أو بلداً واحداً إذا لم يكن ثنائياً).',
    'data.import.reason.bad-period': '«{text}» ليس سنة (2020) ولا ربع سنة (2020Q3).',
    'data.import.reason.bad-sex': '«{text}» ليس جنساً: استخدم total أو female أو male (أو _T أو F أو M).',
    'data.import.reason.missing-field': 'الحقل {field} فارغ.',
    'data.import.reason.duplicate': 'المؤشر والمنطقة والفترة نفسها كما في السطر {line}، وبالقيمة نفسها.',
    'data.import.reason.partial-year':
      'قيمة {name} لسنة {period} تساوي {percent}% من السنة السابقة: تبدو سنة جزئية، لذلك لم تُحفظ.',
    'data.import.reason.note': 'ملاحظة وليست بيانات: «{text}».',
    'data.import.failure.not-utf8':
      'السطر {line} ليس نصاً بترميز UTF-8 (البايت {byte}): يبدو أن الملف حُفظ بترميز Latin-1 أو Windows-1252. احفظه بصيغة «CSV UTF-8» واستورده مجدداً.',
    'data.import.failure.truncated':
      'ينتهي الملف في منتصف السطر {line}: يبدو أنه مبتور. نزّله مجدداً واستورد الملف كاملاً.',
    'data.import.failure.csv-syntax': 'لا يمكن قراءة السطر {line} بصيغة CSV: {message}',
    'data.import.failure.not-a-workbook':
      'لا يمكن فتح الملف كجدول بيانات ({message}). تحقق من أنك اخترت الملف الصحيح والنوع الصحيح.',
    'data.import.failure.sheet-not-found': 'لا يحتوي المصنف على ورقة باسم «{sheet}». أوراقه هي: {sheets}.',
    'data.import.failure.header-not-found':
      'لم يُعثر على ترويسة الجدول. يجب أن يحتوي هذا النوع من الملفات على: {expected}. تحقق من أنك اخترت نوع الملف الصحيح.',
    'data.import.failure.no-data': 'لا يحتوي الملف على صفوف بيانات.',
    'data.import.failure.conflicting-duplicate':
      'يعطي السطر {line} القيمة {value} للمؤشر والمنطقة والفترة نفسها كما في السطر {first} الذي يعطي {firstValue}. صحّح أحد السطرين واستورد مجدداً.',
    'data.import.failure.matrix-indicator':
      'لا يذكر عنوان المصفوفة («{text}») المؤشر الذي تتضمنه. اختر المؤشر.',
    'data.import.failure.matrix-axis':
      'لا تذكر خلية الزاوية («{text}») ما إذا كانت الصفوف بلدان منشأ أم بلدان مقصد. حدد ما تمثله الصفوف.',
    'data.import.failure.matrix-period': 'لا يذكر عنوان المصفوفة («{text}») أي سنة. أدخل السنة.',
    'data.import.failure.matrix-conflict-indicator':
      'يذكر عنوان المصفوفة المؤشر {found}، لكنك اخترت {given}. اترك المؤشر فارغاً أو راجع الملف.',
    'data.import.failure.matrix-conflict-rows':
      'تذكر خلية الزاوية أن الصفوف بلدان «{found}»، لكنك اخترت «{given}». اترك هذا الخيار فارغاً أو راجع الملف.',
    'data.import.failure.matrix-conflict-period':
      'يذكر عنوان المصفوفة السنة {found}، لكنك أدخلت {given}. اترك السنة فارغة أو راجع الملف.',
    'data.import.failure.unknown-indicator':
      'يحتوي الملف على المؤشر {code}، وهو غير موجود في فهرس مؤشرات Corridor.',
    'data.import.failure.column-missing':
      'لا يوجد عمود باسم «{column}» في الترويسة. تحقق من أسماء الأعمدة أو حدد العمود الذي يحتويه.',
    'data.import.failure.too-large': 'الملف أكبر من أن يُفتح ({size} بايت؛ والحد الأقصى {limit}).',
    'data.import.failure.unpacks-too-large':
      'يتجاوز حجم المصنف بعد فك ضغطه {limit} ميغابايت، وهو أكثر بكثير مما يحويه جدول بهذا الحجم: قد يكون تالفًا أو مصنوعًا لإرهاق الخادم. احفظ ورقة البيانات في مصنف جديد، أو بصيغة CSV.',
    'data.import.failure.too-heavy':
      'احتاجت قراءة المصنف إلى أكثر من {heap} ميغابايت من الذاكرة المسموح بها، فأُوقفت. احفظ ورقة البيانات في مصنف جديد، أو بصيغة CSV.',
    'data.import.failure.line-too-long':
      'يتجاوز طول السطر {line} عدد {limit} حرف: ربما بقيت علامة اقتباس مفتوحة، أو أن الأسطر لا تنتهي. افحص الملف حول هذا السطر.',
    'data.import.failure.timeout': 'استغرقت قراءة الملف أكثر من {seconds} ثانية فأُوقفت.',
    'data.import.failure.unexpected': 'توقف الاستيراد بسبب خطأ غير متوقع: {message}',
    'data.import.failure.interrupted': 'انقطع الاستيراد قبل أن ينتهي.',
    'data.import.cli.dataset': '{title} ({code})، الإصدار {label}',
    'data.import.cli.counts':
      'الصفوف المقروءة: {rows}. القيم المحفوظة: {values}. الخلايا الفارغة: {missing}. المتجاوز: {skipped}.',
    'data.import.cli.byReason': 'العناصر المتجاوزة، حسب السبب:',
    'data.import.cli.skipped': 'الصفوف والخلايا المتجاوزة (أول {shown} من أصل {total}):',
    'data.import.cli.release': 'الإصدار {id}',
    'data.import.cli.status.complete': 'تم الاستيراد: أصبح هذا الإصدار هو المعتمد.',
    'data.import.cli.status.failed': 'فشل الاستيراد: لم يُحتفظ بأي شيء والإصدار المعتمد لم يتغير.',
    'data.import.cli.status.unchanged': 'سبق الاستيراد: لم يتغير شيء.',
    'data.import.cli.status.dry-run': 'فحص فقط: لم يُحفظ أي شيء.',
  },
};
