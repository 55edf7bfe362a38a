-- The office inbox's applicant filter (InboxApplicants) finds a case by its applicant's or its
-- business's name as well as by its receipt number (already unique, so indexed): one index each,
-- so that the filter reads the few cases of a name instead of every case.
CREATE INDEX application_applicant_name ON casework.application (applicant_name);
CREATE INDEX application_business_name ON casework.application (business_name) WHERE business_name IS NOT NULL;
