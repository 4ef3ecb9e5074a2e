import type { CountryPanelProvider } from '../../module-kit/manifest.ts';
import { profileData } from './profile.data.ts';
import { ProfilePanel } from './profile.views.tsx';

/** The country page panel: key figures from the same cached data as the profile. */
export const profilePanel: CountryPanelProvider = async (db, country) => {
  const data = await profileData(db.kysely, country.alpha3);
  return { order: 10, node: <ProfilePanel data={data} alpha2={country.alpha2} /> };
};
