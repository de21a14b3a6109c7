// The own-facts views the app combines: one lazy chunk (src/app/lazy-views.ts).
export { AddOrganisationDialog } from '@/features/own-facts/add-organisation';
export { OwnFactsSection } from '@/features/own-facts/own-facts-section';
