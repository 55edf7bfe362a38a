-- A certificate used in place of an application material (免提交) is verified by casework on
-- submission; the holder sees that use in the wallet like any other verification, with what it
-- was used for (the item and the receipt number).
ALTER TABLE certificate.verification ADD COLUMN used_for text;
ALTER TABLE certificate.verification DROP CONSTRAINT verification_channel;
ALTER TABLE certificate.verification ADD CONSTRAINT verification_channel
    CHECK (channel IN ('QR', 'FORM', 'API', 'UPLOAD', 'APPLICATION'));
ALTER TABLE certificate.verification ADD CONSTRAINT verification_used_for
    CHECK ((channel = 'APPLICATION') = (used_for IS NOT NULL));
