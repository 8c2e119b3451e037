-- The suitability class of each catalogue model (docs/capacity-service.md, "Accelerator classes"):
--   TRAINING  data-centre parts on a high-bandwidth GPU-to-GPU fabric (SXM with NVLink/NVSwitch,
--             OAM with Infinity Fabric): what multi-accelerator training needs;
--   INFERENCE PCIe cards (L4, L40S, H100 PCIe): serving and small fine-tunes, no all-to-all fabric;
--   EDGE      embedded modules (Jetson): edge inference of models that fit their memory.
-- Existing rows are classified by form factor; new rows state their class or get it the same way.
ALTER TABLE accelerator_model ADD COLUMN accelerator_class VARCHAR(16);
UPDATE accelerator_model SET accelerator_class = CASE
    WHEN form_factor IN ('SXM', 'OAM') THEN 'TRAINING'
    WHEN form_factor = 'EDGE_MODULE' THEN 'EDGE'
    ELSE 'INFERENCE' END;
ALTER TABLE accelerator_model ALTER COLUMN accelerator_class SET NOT NULL;
ALTER TABLE accelerator_model ADD CONSTRAINT accelerator_model_class
    CHECK (accelerator_class IN ('TRAINING', 'INFERENCE', 'EDGE'));
