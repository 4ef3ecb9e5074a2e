import type { Importer, ImportKind } from '../import.types.ts';
import { genericImporter } from './generic.ts';
import { knomadImporter } from './knomad.ts';
import { matrixImporter } from './matrix.ts';
import { rpwImporter } from './rpw.ts';
import { undesaImporter } from './undesa.ts';
import { unhcrImporter } from './unhcr.ts';
import { wdiImporter } from './wdi.ts';

/** The importer of each kind. */
export const IMPORTERS: Record<ImportKind, Importer> = {
  undesa: undesaImporter,
  wdi: wdiImporter,
  knomad: knomadImporter,
  matrix: matrixImporter,
  rpw: rpwImporter,
  unhcr: unhcrImporter,
  generic: genericImporter,
};
