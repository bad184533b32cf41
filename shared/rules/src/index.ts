export * from './applicant';
