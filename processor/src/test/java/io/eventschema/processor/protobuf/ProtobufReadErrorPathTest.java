package io.eventschema.processor.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.WireFormat;
import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.protobuf.ProtobufDataException;
import io.eventschema.protobuf.ProtobufEventCodec;
import io.eventschema.protobuf.ProtobufReader;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Where a generated codec says a malformed message went wrong: inside an item of a repeated
 * record field, the item's index ({@code parts[3].sku}), as the Avro and JSON codecs say it.
 */
class ProtobufReadErrorPathTest {
  private static final Compilation COMPILATION = Compile.succeeded(ProtobufSources.all());
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  @Test
  @SuppressWarnings("unchecked")
  void anErrorInsideAListItemNamesTheItemsIndex() throws Exception {
    Protoc.Result r = Protoc.compile("com/acme/proto/Containers.proto",
        ProtobufSources.protoText(COMPILATION, "Containers"));
    assertThat(r.exit()).as(r.output()).isZero();
    Descriptor containers = r.file().findMessageTypeByName("Containers");
    FieldDescriptor parts = containers.findFieldByName("parts");
    Descriptor part = parts.getMessageType();
    DynamicMessage.Builder valid = DynamicMessage.newBuilder(containers);
    for (String sku : new String[] {"a", "b", "c"}) {
      valid.addRepeatedField(parts, DynamicMessage.newBuilder(part)
          .setField(part.findFieldByName("sku"), sku)
          .setField(part.findFieldByName("kind"),
              part.findFieldByName("kind").getEnumType().findValueByNumber(1)).build());
    }
    // a fourth part whose sku (a string) comes as a varint: repeated items append on the wire
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    valid.build().writeTo(bytes);
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    int sku = part.findFieldByName("sku").getNumber();
    out.writeTag(parts.getNumber(), WireFormat.WIRETYPE_LENGTH_DELIMITED);
    out.writeUInt32NoTag(CodedOutputStream.computeInt32Size(sku, 7));
    out.writeInt32(sku, 7);
    out.flush();
    byte[] payload = bytes.toByteArray();
    ProtobufEventCodec<Object> codec = (ProtobufEventCodec<Object>) CLASSES.load(
        "com.acme.proto.ContainersProtobufCodec").getField("INSTANCE").get(null);
    assertThatThrownBy(() -> codec.read(new ProtobufReader().reset(payload, 0, payload.length)))
        .isInstanceOf(ProtobufDataException.class)
        .hasMessageStartingWith("field 'parts[3].sku': wire type 0 (varint)")
        .extracting(e -> ((ProtobufDataException) e).field()).isEqualTo("parts[3].sku");
  }
}
