// What the views share: the chosen region and date, and the lists every view needs once.
import { json } from './api.js';

let regions;

export const state = {
  region: 'KE',
  asOf: `${new Date().getUTCFullYear() + 1}-12-31`,
  identity: null,
  async regions() {
    regions ??= json('/api/v1/regions?size=500&sort=name,asc').then((page) => page.items);
    return regions;
  },
  async countries() {
    return (await this.regions()).filter((r) => !r.parentCode);
  },
};
