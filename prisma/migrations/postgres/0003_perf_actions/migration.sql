-- The actions table and its CSV export sorted by person: (personName, id) is the order shown, so a
-- page is the start of an index range and the export's keyset walk reads one range per chunk
-- instead of sorting every remaining row for each chunk.
CREATE INDEX "Action_personName_id_idx" ON "Action"("personName", "id");
