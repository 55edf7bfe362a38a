-- Anonymous web reports: the reporter verified a mobile number instead of logging in, and follows
-- the ticket with its number and an access code shown once. Only a keyed hash of the code is kept.
ALTER TABLE hotline.ticket ADD COLUMN access_code_hash text;
