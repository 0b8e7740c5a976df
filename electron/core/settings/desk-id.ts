import type { SettingRepository } from '../storage';

/** The desk's number within its centre, as visits, statements and reports name it. */
export function deskIdOf(settings: Pick<SettingRepository, 'get'>): string {
  return settings.get('workstation.desk') ?? '1';
}
