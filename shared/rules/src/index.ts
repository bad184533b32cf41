export * from './applicant';
export * from './vietnam-calendar';
