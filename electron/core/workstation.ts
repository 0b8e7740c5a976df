import type { SettingRepository } from './storage/setting-repository';

export function deskOf(settings: SettingRepository): string {
  return settings.get('workstation.desk') ?? '1';
}
