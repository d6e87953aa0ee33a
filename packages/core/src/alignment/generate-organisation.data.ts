/**
 * Word lists for `generateOrganisation`: enough variety that a generated organisation of
 * thousands of objectives reads like a real one in a story, and names with accents so that
 * accent-insensitive search has something to find.
 */
import type { MetricUnit } from '../model/model.types';

export const companyGoals: readonly string[] = [
  'Become the most trusted platform in our market',
  'Grow market share in Europe and North America',
  'Build a profitable and sustainable business',
  'Delight every customer at every touchpoint',
  'Lead technical innovation in our industry',
  'Be the best place to work for builders',
];

/** Departments, the topics their objectives are about, and the names of their teams. */
export const departments: readonly { name: string; topics: readonly string[]; teams: readonly string[] }[] = [
  {
    name: 'Sales',
    topics: ['new customer wins', 'enterprise deal size', 'pipeline quality', 'partner-sourced revenue', 'sales cycle length'],
    teams: ['Enterprise', 'Mid-market', 'Partners', 'Sales operations', 'Inside sales', 'Public sector', 'DACH', 'Nordics'],
  },
  {
    name: 'Marketing',
    topics: ['brand awareness', 'qualified leads', 'website conversion', 'event reach', 'content engagement'],
    teams: ['Brand', 'Demand generation', 'Content', 'Events', 'Product marketing', 'Growth', 'Communications'],
  },
  {
    name: 'Product',
    topics: ['user activity', 'onboarding completion', 'feature adoption', 'mobile experience', 'self-serve upgrades'],
    teams: ['Core', 'Onboarding', 'Mobile', 'Collaboration', 'Insights', 'Monetisation', 'Design system'],
  },
  {
    name: 'Engineering',
    topics: ['release reliability', 'deployment speed', 'platform performance', 'security posture', 'developer experience'],
    teams: ['Platform', 'Infrastructure', 'Security', 'Payments', 'Web', 'Data platform', 'Quality', 'Search'],
  },
  {
    name: 'Customer success',
    topics: ['customer retention', 'support response times', 'customer satisfaction', 'expansion revenue', 'health scores'],
    teams: ['Support EMEA', 'Support Americas', 'Onboarding services', 'Account management', 'Knowledge base', 'Renewals'],
  },
  {
    name: 'People',
    topics: ['hiring speed', 'employee engagement', 'learning at work', 'manager quality', 'inclusive hiring'],
    teams: ['Talent acquisition', 'Learning', 'People partners', 'Total rewards', 'Workplace'],
  },
  {
    name: 'Finance',
    topics: ['cash efficiency', 'forecast accuracy', 'billing accuracy', 'spend control', 'closing speed'],
    teams: ['Controlling', 'Billing', 'Procurement', 'FP&A', 'Tax'],
  },
  {
    name: 'Operations',
    topics: ['process automation', 'vendor quality', 'internal tooling', 'office experience', 'compliance readiness'],
    teams: ['Business systems', 'IT', 'Legal operations', 'Facilities', 'Compliance'],
  },
  {
    name: 'Data',
    topics: ['data quality', 'self-serve analytics', 'model accuracy', 'reporting speed', 'data literacy'],
    teams: ['Analytics', 'Data science', 'Data engineering', 'BI', 'Experimentation'],
  },
  {
    name: 'Research',
    topics: ['core patents', 'prototype throughput', 'research partnerships', 'technology scouting', 'publications'],
    teams: ['Applied research', 'Labs', 'Partnerships', 'Patents'],
  },
];

export const verbs: readonly string[] = [
  'Significantly increase',
  'Improve',
  'Grow',
  'Strengthen',
  'Accelerate',
  'Raise the bar on',
  'Transform',
  'Double down on',
  'Make a step change in',
  'Simplify',
];

/** Metrics a key result can measure: the title's noun, a typical range and a unit. */
export const measures: readonly {
  noun: string;
  direction: 'increase' | 'decrease';
  start: number;
  target: number;
  unit?: MetricUnit;
}[] = [
  { noun: 'monthly active users', direction: 'increase', start: 10_000, target: 12_000, unit: { kind: 'count' } },
  { noun: 'average daily usage (minutes)', direction: 'increase', start: 45, target: 75, unit: { kind: 'custom', label: 'min' } },
  { noun: 'qualified leads per month', direction: 'increase', start: 400, target: 650, unit: { kind: 'count' } },
  { noun: 'annual recurring revenue', direction: 'increase', start: 2_000_000, target: 2_600_000, unit: { kind: 'currency', currency: 'EUR' } },
  { noun: 'net promoter score', direction: 'increase', start: 32, target: 45, unit: { kind: 'custom', label: 'NPS' } },
  { noun: 'customer satisfaction', direction: 'increase', start: 4.2, target: 4.8, unit: { kind: 'custom', label: '/5' } },
  { noun: 'monthly churn', direction: 'decrease', start: 5, target: 3, unit: { kind: 'percent' } },
  { noun: 'first response time (hours)', direction: 'decrease', start: 12, target: 4, unit: { kind: 'custom', label: 'h' } },
  { noun: 'deployments per week', direction: 'increase', start: 10, target: 25, unit: { kind: 'count' } },
  { noun: 'escaped defects per release', direction: 'decrease', start: 8, target: 2, unit: { kind: 'count' } },
  { noun: 'onboarding completion', direction: 'increase', start: 55, target: 80, unit: { kind: 'percent' } },
  { noun: 'time to hire (days)', direction: 'decrease', start: 48, target: 30, unit: { kind: 'custom', label: 'days' } },
  { noun: 'training sessions rated 4+ of 5', direction: 'increase', start: 60, target: 90, unit: { kind: 'percent' } },
  { noun: 'forecast error', direction: 'decrease', start: 12, target: 5, unit: { kind: 'percent' } },
  { noun: 'automated processes', direction: 'increase', start: 4, target: 12, unit: { kind: 'count' } },
];

export const launches: readonly string[] = [
  'Launch the new self-serve checkout',
  'Ship the redesigned onboarding flow',
  'Publish the quarterly customer report',
  'Roll out single sign-on to all customers',
  'Open the partner portal',
  'File the core patent application',
];

export const firstNames: readonly string[] = [
  'Amara', 'Jonas', 'Priya', 'Lena', 'Tom', 'Mei', 'Sofia', 'Daniel', 'Zoë', 'José', 'Søren', 'Chloé',
  'Björn', 'Aurélie', 'Łukasz', 'Ngozi', 'Hiroshi', 'Ana', 'Mateus', 'Fatima', 'Noah', 'Élodie', 'Kwame',
  'Ines', 'Ravi', 'Camille', 'Tariq', 'Hannah', 'Mikael', 'Yuki', 'Leïla', 'Oscar', 'Nadia', 'Felipe',
];

export const lastNames: readonly string[] = [
  'Osei', 'Weber', 'Nair', 'Kovač', 'Becker', 'Lin', 'Russo', 'Okafor', 'Müller', 'Núñez', 'Nakamura',
  'García', 'Dubois', 'Smith', 'Nguyen', 'Østergaard', 'Çelik', 'Andersson', 'Silva', 'Kowalski', 'Haddad',
  'Mensah', 'Fischer', 'Moreau', 'Rossi', 'Sato', 'Jensen', 'Ibrahim', 'Novák', 'Byrne',
];
