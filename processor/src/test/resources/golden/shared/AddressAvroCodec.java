package p.shared;

import io.eventschema.codec.Codecs;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Writes and reads {@link Address} as Avro binary: the code every event's codec calls for it
 * (it is {@code @SharedType}) when the event names its fields as it does here.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class AddressAvroCodec {
    /**
     * The fields of Address, by position: which one a failed read was in.
     */
    private static final String[] ADDRESS_FIELDS = {"street", "city", "postCode"};

    private AddressAvroCodec() {
    }

    public static void writeAddress(Address value, Encoder out) throws IOException {
        Codecs.writeString(out, value.street(), "Address.street");
        Codecs.writeString(out, value.city(), "Address.city");
        Codecs.writeOptionalString(out, value.postCode());
    }

    public static Address readAddress(Decoder in) throws IOException {
        int field = 0;
        try {
            String street = in.readString();
            field = 1;
            String city = in.readString();
            field = 2;
            Optional<String> postCode = Codecs.readOptionalString(in, "Address.postCode");
            return new Address(street, city, postCode);
        } catch (IOException e) {
            Codecs.failedIn(in, ADDRESS_FIELDS[field]);
            throw e;
        }
    }
}
