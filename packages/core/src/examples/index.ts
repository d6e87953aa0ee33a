/**
 * `@okrkit/core/examples`: the domain brief's worked examples as a ready-made data set,
 * for stories, docs, tests and demo apps. A separate entry so that the main bundle
 * carries no sample data.
 * @example import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
 */
export {
  domainExamples,
  domainExamplesNow,
  domainExamplePeople,
  domainExampleTeams,
} from './domain-examples';
export {
  generateOrganisation,
  type GenerateOrganisationOptions,
  type GeneratedOrganisation,
  type GeneratedPerson,
  type GeneratedTeam,
} from '../alignment/generate-organisation';
