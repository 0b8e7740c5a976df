import type { SettingRepository } from './storage/setting-repository';

export function deskOf(settings: SettingRepository): string {
  return settings.get('workstation.desk') ?? '1';
}

/**
 * Who history rows name. Until staff accounts exist (issue 7) that is the desk, which at a
 * service centre is one operator at a time.
 */
export function actorOf(settings: SettingRepository): string {
  return `desk:${deskOf(settings)}`;
}
