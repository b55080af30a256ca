package com.acme.shop;

import io.eventschema.codec.Codecs;
import io.eventschema.codec.EventCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Reads and writes {@link Containers} as Avro binary of schema {@code com.acme.shop.Containers}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class ContainersCodec implements EventCodec<Containers> {
    /**
     * The Avro schema in compact JSON, as registered.
     */
    public static final String SCHEMA_JSON = "{\"type\":\"record\",\"name\":\"Containers\",\"namespace\":\"com.acme.shop\",\"doc\":\"Every container: arrays from lists, sets, collections and Java arrays; maps; nulls inside.\",\"fields\":[{\"name\":\"names\",\"type\":{\"type\":\"array\",\"items\":\"string\"}},{\"name\":\"statuses\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"enum\",\"name\":\"Status\",\"doc\":\"Where an order stands.\",\"symbols\":[\"OPEN\",\"PAID\",\"SHIPPED\",\"UNKNOWN\"],\"default\":\"UNKNOWN\"}}},{\"name\":\"ids\",\"type\":{\"type\":\"array\",\"items\":\"long\"}},{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"string\"}},{\"name\":\"scores\",\"type\":{\"type\":\"array\",\"items\":\"int\"}},{\"name\":\"weights\",\"type\":{\"type\":\"array\",\"items\":\"double\"}},{\"name\":\"flags\",\"type\":{\"type\":\"array\",\"items\":\"boolean\"}},{\"name\":\"smalls\",\"type\":{\"type\":\"array\",\"items\":\"int\"}},{\"name\":\"addresses\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"Address\",\"fields\":[{\"name\":\"street\",\"type\":\"string\"},{\"name\":\"city\",\"type\":\"string\"}]}}},{\"name\":\"sparse\",\"type\":{\"type\":\"array\",\"items\":[\"null\",\"string\"]}},{\"name\":\"counts\",\"type\":{\"type\":\"map\",\"values\":[\"null\",\"int\"]}},{\"name\":\"matrix\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":\"int\"}}},{\"name\":\"nested\",\"type\":{\"type\":\"map\",\"values\":{\"type\":\"map\",\"values\":\"double\"}}},{\"name\":\"byName\",\"type\":{\"type\":\"map\",\"values\":\"Address\"}},{\"name\":\"unique\",\"type\":{\"type\":\"array\",\"items\":\"string\"}}]}";

    public static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_JSON);

    public static final ContainersCodec INSTANCE = new ContainersCodec();

    private static final Status[] STATUS_SYMBOLS = Status.values();

    private ContainersCodec() {
    }

    @Override
    public Class<Containers> type() {
        return Containers.class;
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public void encode(Containers value, Encoder out) throws IOException {
        writeContainers(Codecs.nonNull(value, "Containers"), out);
    }

    @Override
    public Containers decode(Decoder in) throws IOException {
        return readContainers(in);
    }

    static void writeContainers(Containers value, Encoder out) throws IOException {
        List<String> names = Codecs.nonNull(value.names(), "names");
        out.writeArrayStart();
        out.setItemCount(names.size());
        for (String item : names) {
            out.startItem();
            out.writeString(Codecs.nonNull(item, "names[]"));
        }
        out.writeArrayEnd();
        Set<Status> statuses = Codecs.nonNull(value.statuses(), "statuses");
        out.writeArrayStart();
        out.setItemCount(statuses.size());
        for (Status item_ : statuses) {
            out.startItem();
            out.writeEnum(Codecs.nonNull(item_, "statuses[]").ordinal());
        }
        out.writeArrayEnd();
        Collection<Long> ids = Codecs.nonNull(value.ids(), "ids");
        out.writeArrayStart();
        out.setItemCount(ids.size());
        for (Long item__ : ids) {
            out.startItem();
            out.writeLong(Codecs.nonNull(item__, "ids[]"));
        }
        out.writeArrayEnd();
        String[] tags = Codecs.nonNull(value.tags(), "tags");
        out.writeArrayStart();
        out.setItemCount(tags.length);
        for (String item___ : tags) {
            out.startItem();
            out.writeString(Codecs.nonNull(item___, "tags[]"));
        }
        out.writeArrayEnd();
        int[] scores = Codecs.nonNull(value.scores(), "scores");
        out.writeArrayStart();
        out.setItemCount(scores.length);
        for (int item____ : scores) {
            out.startItem();
            out.writeInt(item____);
        }
        out.writeArrayEnd();
        double[] weights = Codecs.nonNull(value.weights(), "weights");
        out.writeArrayStart();
        out.setItemCount(weights.length);
        for (double item_____ : weights) {
            out.startItem();
            out.writeDouble(item_____);
        }
        out.writeArrayEnd();
        boolean[] flags = Codecs.nonNull(value.flags(), "flags");
        out.writeArrayStart();
        out.setItemCount(flags.length);
        for (boolean item______ : flags) {
            out.startItem();
            out.writeBoolean(item______);
        }
        out.writeArrayEnd();
        short[] smalls = Codecs.nonNull(value.smalls(), "smalls");
        out.writeArrayStart();
        out.setItemCount(smalls.length);
        for (short item_______ : smalls) {
            out.startItem();
            out.writeInt(item_______);
        }
        out.writeArrayEnd();
        Address[] addresses = Codecs.nonNull(value.addresses(), "addresses");
        out.writeArrayStart();
        out.setItemCount(addresses.length);
        for (Address item________ : addresses) {
            out.startItem();
            Codecs.enter(out, "addresses[]");
            writeAddress(Codecs.nonNull(item________, "addresses[]"), out);
            Codecs.exit(out);
        }
        out.writeArrayEnd();
        List<String> sparse = Codecs.nonNull(value.sparse(), "sparse");
        out.writeArrayStart();
        out.setItemCount(sparse.size());
        for (String item_________ : sparse) {
            out.startItem();
            String item__________ = item_________;
            if (item__________ == null) {
                out.writeIndex(0);
            } else {
                out.writeIndex(1);
                out.writeString(item__________);
            }
        }
        out.writeArrayEnd();
        Map<String, Integer> counts = Codecs.nonNull(value.counts(), "counts");
        out.writeMapStart();
        out.setItemCount(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry.getKey(), "counts key"));
            Integer value_ = entry.getValue();
            if (value_ == null) {
                out.writeIndex(0);
            } else {
                out.writeIndex(1);
                out.writeInt(value_);
            }
        }
        out.writeMapEnd();
        List<List<Integer>> matrix = Codecs.nonNull(value.matrix(), "matrix");
        out.writeArrayStart();
        out.setItemCount(matrix.size());
        for (List<Integer> item___________ : matrix) {
            out.startItem();
            List<Integer> item____________ = Codecs.nonNull(item___________, "matrix[]");
            out.writeArrayStart();
            out.setItemCount(item____________.size());
            for (Integer item_____________ : item____________) {
                out.startItem();
                out.writeInt(Codecs.nonNull(item_____________, "matrix[][]"));
            }
            out.writeArrayEnd();
        }
        out.writeArrayEnd();
        Map<String, Map<String, Double>> nested = Codecs.nonNull(value.nested(), "nested");
        out.writeMapStart();
        out.setItemCount(nested.size());
        for (Map.Entry<String, Map<String, Double>> entry_ : nested.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry_.getKey(), "nested key"));
            Map<String, Double> value__ = Codecs.nonNull(entry_.getValue(), "nested value");
            out.writeMapStart();
            out.setItemCount(value__.size());
            for (Map.Entry<String, Double> entry__ : value__.entrySet()) {
                out.startItem();
                out.writeString(Codecs.nonNull(entry__.getKey(), "nested value key"));
                out.writeDouble(Codecs.nonNull(entry__.getValue(), "nested value value"));
            }
            out.writeMapEnd();
        }
        out.writeMapEnd();
        Map<String, Address> byName = Codecs.nonNull(value.byName(), "byName");
        out.writeMapStart();
        out.setItemCount(byName.size());
        for (Map.Entry<String, Address> entry___ : byName.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry___.getKey(), "byName key"));
            Codecs.enter(out, "byName value");
            writeAddress(Codecs.nonNull(entry___.getValue(), "byName value"), out);
            Codecs.exit(out);
        }
        out.writeMapEnd();
        Set<String> unique = Codecs.nonNull(value.unique(), "unique");
        out.writeArrayStart();
        out.setItemCount(unique.size());
        for (String item______________ : unique) {
            out.startItem();
            out.writeString(Codecs.nonNull(item______________, "unique[]"));
        }
        out.writeArrayEnd();
    }

    static Containers readContainers(Decoder in) throws IOException {
        long count = Codecs.arrayStart(in, 1, "names");
        List<String> names = new ArrayList<>(Codecs.capacity(count));
        for (; count != 0; count = Codecs.arrayNext(in, 1, "names")) {
            for (long i = 0; i < count; i++) {
                names.add(in.readString());
            }
        }
        long count_ = Codecs.arrayStart(in, 1, "statuses");
        LinkedHashSet<Status> statuses = new LinkedHashSet<>(Codecs.capacity(count_));
        for (; count_ != 0; count_ = Codecs.arrayNext(in, 1, "statuses")) {
            for (long i_ = 0; i_ < count_; i_++) {
                statuses.add(Codecs.enumSymbol(in, STATUS_SYMBOLS, "statuses[]"));
            }
        }
        long count__ = Codecs.arrayStart(in, 1, "ids");
        Collection<Long> ids = new ArrayList<>(Codecs.capacity(count__));
        for (; count__ != 0; count__ = Codecs.arrayNext(in, 1, "ids")) {
            for (long i__ = 0; i__ < count__; i__++) {
                ids.add(in.readLong());
            }
        }
        long count___ = Codecs.arrayStart(in, 1, "tags");
        List<String> tagsItems = new ArrayList<>(Codecs.capacity(count___));
        for (; count___ != 0; count___ = Codecs.arrayNext(in, 1, "tags")) {
            for (long i___ = 0; i___ < count___; i___++) {
                tagsItems.add(in.readString());
            }
        }
        String[] tags = tagsItems.toArray(new String[0]);
        long count____ = Codecs.arrayStart(in, 1, "scores");
        List<Integer> scoresItems = new ArrayList<>(Codecs.capacity(count____));
        for (; count____ != 0; count____ = Codecs.arrayNext(in, 1, "scores")) {
            for (long i____ = 0; i____ < count____; i____++) {
                scoresItems.add(in.readInt());
            }
        }
        int[] scores = new int[scoresItems.size()];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = scoresItems.get(k);
        }
        long count_____ = Codecs.arrayStart(in, 8, "weights");
        List<Double> weightsItems = new ArrayList<>(Codecs.capacity(count_____));
        for (; count_____ != 0; count_____ = Codecs.arrayNext(in, 8, "weights")) {
            for (long i_____ = 0; i_____ < count_____; i_____++) {
                weightsItems.add(in.readDouble());
            }
        }
        double[] weights = new double[weightsItems.size()];
        for (int k_ = 0; k_ < weights.length; k_++) {
            weights[k_] = weightsItems.get(k_);
        }
        long count______ = Codecs.arrayStart(in, 1, "flags");
        List<Boolean> flagsItems = new ArrayList<>(Codecs.capacity(count______));
        for (; count______ != 0; count______ = Codecs.arrayNext(in, 1, "flags")) {
            for (long i______ = 0; i______ < count______; i______++) {
                flagsItems.add(in.readBoolean());
            }
        }
        boolean[] flags = new boolean[flagsItems.size()];
        for (int k__ = 0; k__ < flags.length; k__++) {
            flags[k__] = flagsItems.get(k__);
        }
        long count_______ = Codecs.arrayStart(in, 1, "smalls");
        List<Short> smallsItems = new ArrayList<>(Codecs.capacity(count_______));
        for (; count_______ != 0; count_______ = Codecs.arrayNext(in, 1, "smalls")) {
            for (long i_______ = 0; i_______ < count_______; i_______++) {
                smallsItems.add(Codecs.toShort(in.readInt(), "smalls[]"));
            }
        }
        short[] smalls = new short[smallsItems.size()];
        for (int k___ = 0; k___ < smalls.length; k___++) {
            smalls[k___] = smallsItems.get(k___);
        }
        long count________ = Codecs.arrayStart(in, 2, "addresses");
        List<Address> addressesItems = new ArrayList<>(Codecs.capacity(count________));
        for (; count________ != 0; count________ = Codecs.arrayNext(in, 2, "addresses")) {
            for (long i________ = 0; i________ < count________; i________++) {
                Codecs.enter(in, "addresses[]");
                addressesItems.add(Codecs.exit(in, readAddress(in)));
            }
        }
        Address[] addresses = addressesItems.toArray(new Address[0]);
        long count_________ = Codecs.arrayStart(in, 1, "sparse");
        List<String> sparse = new ArrayList<>(Codecs.capacity(count_________));
        for (; count_________ != 0; count_________ = Codecs.arrayNext(in, 1, "sparse")) {
            for (long i_________ = 0; i_________ < count_________; i_________++) {
                String item_________;
                if (Codecs.unionIndex(in, 2, "sparse[]") == 0) {
                    item_________ = null;
                } else {
                    item_________ = in.readString();
                }
                sparse.add(item_________);
            }
        }
        long count__________ = Codecs.mapStart(in, 2, "counts");
        Map<String, Integer> counts = new LinkedHashMap<>(Codecs.capacity(count__________));
        for (; count__________ != 0; count__________ = Codecs.mapNext(in, 2, "counts")) {
            for (long i__________ = 0; i__________ < count__________; i__________++) {
                String key = in.readString();
                Integer value;
                if (Codecs.unionIndex(in, 2, "counts value") == 0) {
                    value = null;
                } else {
                    value = in.readInt();
                }
                counts.put(key, value);
            }
        }
        long count___________ = Codecs.arrayStart(in, 1, "matrix");
        List<List<Integer>> matrix = new ArrayList<>(Codecs.capacity(count___________));
        for (; count___________ != 0; count___________ = Codecs.arrayNext(in, 1, "matrix")) {
            for (long i___________ = 0; i___________ < count___________; i___________++) {
                long count____________ = Codecs.arrayStart(in, 1, "matrix[]");
                List<Integer> item__________ = new ArrayList<>(Codecs.capacity(count____________));
                for (; count____________ != 0; count____________ = Codecs.arrayNext(in, 1, "matrix[]")) {
                    for (long i____________ = 0; i____________ < count____________; i____________++) {
                        item__________.add(in.readInt());
                    }
                }
                matrix.add(item__________);
            }
        }
        long count_____________ = Codecs.mapStart(in, 2, "nested");
        Map<String, Map<String, Double>> nested = new LinkedHashMap<>(Codecs.capacity(count_____________));
        for (; count_____________ != 0; count_____________ = Codecs.mapNext(in, 2, "nested")) {
            for (long i_____________ = 0; i_____________ < count_____________; i_____________++) {
                String key_ = in.readString();
                long count______________ = Codecs.mapStart(in, 9, "nested value");
                Map<String, Double> value_ = new LinkedHashMap<>(Codecs.capacity(count______________));
                for (; count______________ != 0; count______________ = Codecs.mapNext(in, 9, "nested value")) {
                    for (long i______________ = 0; i______________ < count______________; i______________++) {
                        String key__ = in.readString();
                        value_.put(key__, in.readDouble());
                    }
                }
                nested.put(key_, value_);
            }
        }
        long count_______________ = Codecs.mapStart(in, 3, "byName");
        Map<String, Address> byName = new LinkedHashMap<>(Codecs.capacity(count_______________));
        for (; count_______________ != 0; count_______________ = Codecs.mapNext(in, 3, "byName")) {
            for (long i_______________ = 0; i_______________ < count_______________; i_______________++) {
                String key___ = in.readString();
                Codecs.enter(in, "byName value");
                byName.put(key___, Codecs.exit(in, readAddress(in)));
            }
        }
        long count________________ = Codecs.arrayStart(in, 1, "unique");
        LinkedHashSet<String> unique = new LinkedHashSet<>(Codecs.capacity(count________________));
        for (; count________________ != 0; count________________ = Codecs.arrayNext(in, 1, "unique")) {
            for (long i________________ = 0; i________________ < count________________; i________________++) {
                unique.add(in.readString());
            }
        }
        return new Containers(names, statuses, ids, tags, scores, weights, flags, smalls, addresses, sparse, counts, matrix, nested, byName, unique);
    }

    static void writeAddress(Address value, Encoder out) throws IOException {
        out.writeString(Codecs.nonNull(value.street(), "Address.street"));
        out.writeString(Codecs.nonNull(value.city(), "Address.city"));
    }

    static Address readAddress(Decoder in) throws IOException {
        String street = in.readString();
        String city = in.readString();
        return new Address(street, city);
    }
}
