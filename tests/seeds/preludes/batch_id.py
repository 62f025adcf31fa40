batch_id = "msgbatch_01SeedBatch00000000000001"
