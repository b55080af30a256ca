package io.eventschema.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** A newer producer's schema: the event's schema with one extra field at the end. */
final class Evolution {
  static final String EXTRA_FIELD = "client_version";

  private Evolution() {}

  static Schema withExtraField(Schema schema) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : schema.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    fields.add(new Schema.Field(EXTRA_FIELD, Schema.create(Schema.Type.STRING),
        "added by a newer producer", (Object) null));
    Schema evolved = Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(),
        false, fields);
    return new Schema.Parser().parse(evolved.toString());
  }

  /** {@code current} as a record of {@code evolved}, with the extra field set. */
  static GenericRecord evolve(GenericRecord current, Schema evolved) {
    GenericData.Record r = new GenericData.Record(evolved);
    int n = current.getSchema().getFields().size();
    for (int i = 0; i < n; i++) {
      r.put(i, current.get(i));
    }
    r.put(n, "android-7.4.1");
    return r;
  }
}
