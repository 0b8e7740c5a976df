import type { ServiceCatalogue, Service } from './catalogue';
import type { District } from './district';
import type { Localized } from './localized';
import type { ReceiverType } from './receiver-types';
import { regionByKato, type Region } from './regions';

/**
 * A state body that receives applications: the branch of the State Corporation of the citizen's
 * region, or the employment and social programmes body of the citizen's district or city.
 * `addressee` is its name in the form a statement's heading takes: kk dative, ru «В …».
 */
export type Receiver = { id: string; type: ReceiverType; regionKato: string; districtKato: string | null; name: Localized; addressee: Localized };

function gfcName(region: Region): Localized {
  const { kk, ru, en } = region.forRegion;
  return {
    kk: `«„Азаматтарға арналған үкімет“ мемлекеттік корпорациясы» КЕАҚ ${kk} филиалы`,
    ru: `Филиал НАО «Государственная корпорация „Правительство для граждан“» ${ru}`,
    en: `Branch of NJSC State Corporation “Government for Citizens” ${en}`,
  };
}

/**
 * kk: the body's head noun carries the possessive ending (-ы/-і); the dative adds -на/-не to it:
 * «бөлімі» → «бөліміне», «филиалы» → «филиалына», «басқармасы» → «басқармасына». The legal-form
 * marks (ММ, КЕАҚ) and the outer quotes are dropped, as a heading writes the name.
 */
export function kazakhDative(name: string): string {
  const bare = name.replace(/\s+(ММ|КММ|РММ)$/u, '').replace(/^«(.*)»$/u, '$1').trim();
  if (/ы$/u.test(bare)) return `${bare}на`;
  if (/і$/u.test(bare)) return `${bare}не`;
  // A name without the possessive head (rare): "to the name of …" is the neutral form.
  return `${bare} атына`;
}

/** ru: «Филиал …» → «В филиал …», ГУ «Отдел …» → «В отдел …»: inanimate nouns keep their form. */
export function russianAddressee(name: string): string {
  const bare = name.replace(/^(ГУ|КГУ|РГУ)\s+«(.*)»$/u, '$2').trim();
  return `В ${bare.charAt(0).toLowerCase()}${bare.slice(1)}`;
}

const withAddressee = (receiver: Omit<Receiver, 'addressee'>): Receiver => ({
  ...receiver,
  addressee: { kk: kazakhDative(receiver.name.kk), ru: russianAddressee(receiver.name.ru), en: `To: ${receiver.name.en}` },
});

function gfcReceiver(region: Region): Receiver {
  return withAddressee({ id: `gfc-${region.kato}`, type: 'gfc', regionKato: region.kato, districtKato: null, name: gfcName(region) });
}

function espReceiver(district: District): Receiver {
  return withAddressee({ id: `esp-${district.kato}`, type: 'esp', regionKato: `${district.kato.slice(0, 2)}0000000`, districtKato: district.kato, name: district.esp });
}

/** The districts and cities of a region, as the catalogue in force lists them. */
export function districtsOf(catalogue: Pick<ServiceCatalogue, 'districts'>, regionKato: string): District[] {
  return catalogue.districts.filter((district) => district.kato.slice(0, 2) === regionKato.slice(0, 2) && district.kato !== regionKato);
}

export function districtByKato(catalogue: Pick<ServiceCatalogue, 'districts'>, kato: string): District | undefined {
  return catalogue.districts.find((district) => district.kato === kato);
}

/** Every receiver the catalogue knows: one branch per region, one body per district. */
export function receiversOf(catalogue: Pick<ServiceCatalogue, 'districts'>, regions: readonly Region[]): Receiver[] {
  return [...regions.map(gfcReceiver), ...catalogue.districts.map(espReceiver)];
}

export function receiverById(catalogue: Pick<ServiceCatalogue, 'districts'>, id: string): Receiver | undefined {
  const [type, kato = ''] = id.split('-');
  if (type === 'gfc') {
    const region = regionByKato(kato);
    return region && gfcReceiver(region);
  }
  const district = type === 'esp' ? districtByKato(catalogue, kato) : undefined;
  return district && espReceiver(district);
}

/**
 * The rule the article states, made exact: GfC services go to the branch of the citizen's region,
 * the employment and social programmes services to the body of the citizen's district or city.
 * Undefined while the address lacks what the rule needs, or names a place the catalogue lacks.
 */
export function receiverFor(
  catalogue: Pick<ServiceCatalogue, 'districts'>,
  service: Pick<Service, 'receiverType'>,
  regionKato: string,
  districtKato: string,
): Receiver | undefined {
  const region = regionByKato(regionKato);
  if (!region) return undefined;
  if (service.receiverType === 'gfc') return gfcReceiver(region);
  const district = districtByKato(catalogue, districtKato);
  return district && district.kato.slice(0, 2) === region.kato.slice(0, 2) ? espReceiver(district) : undefined;
}
