import type { Localized } from './localized';
import { receiverTypes, type ReceiverType } from './receiver-types';
import { regionByKato, regions, type Region } from './regions';
import type { Service } from './catalogue';

/** A regional state body that receives applications: one of each type per region. */
export type Receiver = { id: string; type: ReceiverType; regionKato: string; name: Localized };

function receiverName(type: ReceiverType, region: Region): Localized {
  const { kk, ru, en } = region.forRegion;
  return type === 'gfc'
    ? {
        kk: `«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ ${kk} филиалы`,
        ru: `Филиал НАО «Государственная корпорация «Правительство для граждан» ${ru}`,
        en: `Branch of NJSC State Corporation “Government for Citizens” ${en}`,
      }
    : {
        kk: `${kk} жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар аумақтық бөлімшесі`,
        ru: `Территориальное подразделение координации занятости и социальных программ ${ru}`,
        en: `Territorial division for coordination of employment and social programmes ${en}`,
      };
}

export const receivers: readonly Receiver[] = regions.flatMap((region) =>
  receiverTypes.map((type) => ({ id: `${type}-${region.kato}`, type, regionKato: region.kato, name: receiverName(type, region) })),
);

export function receiverById(id: string): Receiver | undefined {
  return receivers.find((receiver) => receiver.id === id);
}

/**
 * The article's rule: the receiver is the regional state body at the citizen's place of
 * registration, of the type the service names. Undefined for a region the catalogue lacks.
 */
export function receiverFor(service: Pick<Service, 'receiverType'>, registrationKato: string): Receiver | undefined {
  const region = regionByKato(registrationKato);
  return region && receiverById(`${service.receiverType}-${region.kato}`);
}
