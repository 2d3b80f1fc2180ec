-- Issue 13: an analyst's review may say why (a rejection's reason, an edit's source). Kept in the
-- audit trail beside the claim before and after; null for reviews without one.
ALTER TABLE claim_reviews ADD COLUMN reason TEXT;
