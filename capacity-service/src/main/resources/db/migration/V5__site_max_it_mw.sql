-- A site's expansion potential: the most IT MW it can ever hold (land, permits, substation), read
-- by placement-service's scenarios. Unknown (NULL) means no growth beyond it_capacity_mw is assumed.
ALTER TABLE site ADD COLUMN max_it_mw NUMERIC(10,3);
ALTER TABLE site ADD CONSTRAINT site_max_it_mw CHECK (max_it_mw IS NULL OR max_it_mw >= it_capacity_mw);
