package com.acme.json;

import io.eventschema.codec.Codecs;
import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonName;
import io.eventschema.json.JsonOutput;
import io.eventschema.json.JsonReader;
import io.eventschema.json.JsonWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Payment} as JSON of the JSON Schema {@code com.acme.json.Payment}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class PaymentJsonCodec implements JsonEventCodec<Payment> {
    /**
     * The JSON Schema, as registered (the text of the schema resource).
     */
    public static final String SCHEMA_JSON = "{\n"
            + "  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
            + "  \"title\": \"Payment\",\n"
            + "  \"type\": \"object\",\n"
            + "  \"oneOf\": [\n"
            + "    {\"$ref\": \"#/$defs/Card\"},\n"
            + "    {\"$ref\": \"#/$defs/Transfer\"},\n"
            + "    {\"$ref\": \"#/$defs/Voucher\"}\n"
            + "  ],\n"
            + "  \"discriminator\": {\n"
            + "    \"propertyName\": \"type\",\n"
            + "    \"mapping\": {\n"
            + "      \"Card\": \"#/$defs/Card\",\n"
            + "      \"Transfer\": \"#/$defs/Transfer\",\n"
            + "      \"Voucher\": \"#/$defs/Voucher\"\n"
            + "    }\n"
            + "  },\n"
            + "  \"$defs\": {\n"
            + "    \"Card\": {\n"
            + "      \"title\": \"Card\",\n"
            + "      \"type\": \"object\",\n"
            + "      \"properties\": {\n"
            + "        \"type\": {\"const\": \"Card\"},\n"
            + "        \"last4\": {\"type\": \"string\"},\n"
            + "        \"fee\": {\n"
            + "          \"anyOf\": [\n"
            + "            {\n"
            + "              \"oneOf\": [{\"$ref\": \"#/$defs/Flat\"}, {\"$ref\": \"#/$defs/Percent\"}],\n"
            + "              \"discriminator\": {\n"
            + "                \"propertyName\": \"type\",\n"
            + "                \"mapping\": {\"Flat\": \"#/$defs/Flat\", \"Percent\": \"#/$defs/Percent\"}\n"
            + "              }\n"
            + "            },\n"
            + "            {\"type\": \"null\"}\n"
            + "          ],\n"
            + "          \"default\": null\n"
            + "        }\n"
            + "      },\n"
            + "      \"required\": [\"type\", \"last4\"],\n"
            + "      \"additionalProperties\": false\n"
            + "    },\n"
            + "    \"Flat\": {\n"
            + "      \"title\": \"Flat\",\n"
            + "      \"type\": \"object\",\n"
            + "      \"properties\": {\"type\": {\"const\": \"Flat\"}, \"code\": {\"type\": \"string\"}},\n"
            + "      \"required\": [\"type\", \"code\"],\n"
            + "      \"additionalProperties\": false\n"
            + "    },\n"
            + "    \"Percent\": {\n"
            + "      \"title\": \"Percent\",\n"
            + "      \"type\": \"object\",\n"
            + "      \"properties\": {\n"
            + "        \"type\": {\"const\": \"Percent\"},\n"
            + "        \"rate\": {\n"
            + "          \"anyOf\": [{\"type\": \"number\"}, {\"enum\": [\"NaN\", \"Infinity\", \"-Infinity\"]}]\n"
            + "        }\n"
            + "      },\n"
            + "      \"required\": [\"type\", \"rate\"],\n"
            + "      \"additionalProperties\": false\n"
            + "    },\n"
            + "    \"Transfer\": {\n"
            + "      \"title\": \"Transfer\",\n"
            + "      \"type\": \"object\",\n"
            + "      \"properties\": {\n"
            + "        \"type\": {\"const\": \"Transfer\"},\n"
            + "        \"iban\": {\"type\": \"string\"},\n"
            + "        \"fee\": {\n"
            + "          \"oneOf\": [{\"$ref\": \"#/$defs/Flat\"}, {\"$ref\": \"#/$defs/Percent\"}],\n"
            + "          \"discriminator\": {\n"
            + "            \"propertyName\": \"type\",\n"
            + "            \"mapping\": {\"Flat\": \"#/$defs/Flat\", \"Percent\": \"#/$defs/Percent\"}\n"
            + "          },\n"
            + "          \"default\": {\"type\": \"Flat\", \"code\": \"none\"}\n"
            + "        }\n"
            + "      },\n"
            + "      \"required\": [\"type\", \"iban\"],\n"
            + "      \"additionalProperties\": false\n"
            + "    },\n"
            + "    \"Voucher\": {\n"
            + "      \"title\": \"Voucher\",\n"
            + "      \"type\": \"object\",\n"
            + "      \"properties\": {\n"
            + "        \"type\": {\"const\": \"Voucher\"},\n"
            + "        \"code\": {\"type\": \"string\"},\n"
            + "        \"replaces\": {\n"
            + "          \"oneOf\": [\n"
            + "            {\"$ref\": \"#/$defs/Card\"},\n"
            + "            {\"$ref\": \"#/$defs/Transfer\"},\n"
            + "            {\"$ref\": \"#/$defs/Voucher\"}\n"
            + "          ],\n"
            + "          \"discriminator\": {\n"
            + "            \"propertyName\": \"type\",\n"
            + "            \"mapping\": {\n"
            + "              \"Card\": \"#/$defs/Card\",\n"
            + "              \"Transfer\": \"#/$defs/Transfer\",\n"
            + "              \"Voucher\": \"#/$defs/Voucher\"\n"
            + "            }\n"
            + "          }\n"
            + "        }\n"
            + "      },\n"
            + "      \"required\": [\"type\", \"code\", \"replaces\"],\n"
            + "      \"additionalProperties\": false\n"
            + "    }\n"
            + "  }\n"
            + "}\n";

    public static final PaymentJsonCodec INSTANCE = new PaymentJsonCodec();

    private static final JsonName TYPE_PROPERTY = JsonWrite.name("type");

    private static final JsonName LAST4 = JsonWrite.name("last4");

    private static final JsonName FEE = JsonWrite.name("fee");

    private static final JsonName IBAN = JsonWrite.name("iban");

    private static final JsonName CODE = JsonWrite.name("code");

    private static final JsonName REPLACES = JsonWrite.name("replaces");

    private static final JsonName RATE = JsonWrite.name("rate");

    private static final JsonReader.Fields PAYMENT_CARD_FIELDS = JsonReader.fields("last4", "fee");

    private static final JsonReader.Fields PAYMENT_TRANSFER_FIELDS = JsonReader.fields("iban", "fee");

    private static final JsonReader.Fields PAYMENT_VOUCHER_FIELDS = JsonReader.fields("code", "replaces");

    private static final JsonReader.Fields PAYMENT_FLAT_FIELDS = JsonReader.fields("code");

    private static final JsonReader.Fields PAYMENT_PERCENT_FIELDS = JsonReader.fields("rate");

    private PaymentJsonCodec() {
    }

    @Override
    public Class<Payment> type() {
        return Payment.class;
    }

    @Override
    public String fullName() {
        return "com.acme.json.Payment";
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public void write(Payment value, JsonOutput out) {
        Payment event = JsonWrite.nonNull(value, "Payment");
        if (event instanceof Payment.Card card) {
            writePayment_Card(card, out);
        } else if (event instanceof Payment.Transfer transfer) {
            writePayment_Transfer(transfer, out);
        } else if (event instanceof Payment.Voucher voucher) {
            writePayment_Voucher(voucher, out);
        } else {
            throw Codecs.unknownSubtype(event, "Payment");
        }
    }

    @Override
    public Payment read(JsonReader in) throws IOException {
        return switch (in.discriminator("type")) {
                    case "Card" -> readPayment_Card(in);
                    case "Transfer" -> readPayment_Transfer(in);
                    case "Voucher" -> readPayment_Voucher(in);
                    default -> throw in.error("the \"type\" property names none of the records of Payment (Card, Transfer, Voucher)");
                };
    }

    static void writePayment_Card(Payment.Card value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(TYPE_PROPERTY);
        out.writeString("Card");
        out.writeFieldName(LAST4);
        out.writeString(JsonWrite.nonNull(value.last4(), "Card.last4"));
        out.writeFieldName(FEE);
        Optional<Payment.Fee> fee = value.fee();
        if (fee == null || fee.isEmpty()) {
            out.writeNull();
        } else {
            Payment.Fee feeValue = fee.get();
            if (feeValue instanceof Payment.Flat flat) {
                writePayment_Flat(flat, out);
            } else if (feeValue instanceof Payment.Percent percent) {
                writePayment_Percent(percent, out);
            } else {
                throw Codecs.unknownSubtype(feeValue, "Card.fee");
            }
        }
        out.writeEndObject();
    }

    static Payment.Card readPayment_Card(JsonReader in) throws IOException {
        String last4 = null;
        boolean hasLast4 = false;
        Optional<Payment.Fee> fee = Optional.empty();
        in.beginObject();
        for (int field = in.nextField(PAYMENT_CARD_FIELDS); field != JsonReader.END; field = in.nextField(PAYMENT_CARD_FIELDS)) {
            switch (field) {
                case 0 -> { // "last4"
                    last4 = in.readString();
                    hasLast4 = true;
                }
                case 1 -> { // "fee"
                    Optional<Payment.Fee> value;
                    if (in.isNull()) {
                        value = Optional.empty();
                    } else {
                        value = Optional.of(switch (in.discriminator("type")) {
                                    case "Flat" -> readPayment_Flat(in);
                                    case "Percent" -> readPayment_Percent(in);
                                    default -> throw in.error("the \"type\" property names none of the records of Fee (Flat, Percent)");
                                });
                    }
                    fee = value;
                }
                default -> in.skipValue();
            }
        }
        if (!hasLast4) {
            throw in.missing("last4");
        }
        return new Payment.Card(last4, fee);
    }

    static void writePayment_Transfer(Payment.Transfer value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(TYPE_PROPERTY);
        out.writeString("Transfer");
        out.writeFieldName(IBAN);
        out.writeString(JsonWrite.nonNull(value.iban(), "Transfer.iban"));
        out.writeFieldName(FEE);
        Payment.Fee fee = JsonWrite.nonNull(value.fee(), "Transfer.fee");
        if (fee instanceof Payment.Flat flat) {
            writePayment_Flat(flat, out);
        } else if (fee instanceof Payment.Percent percent) {
            writePayment_Percent(percent, out);
        } else {
            throw Codecs.unknownSubtype(fee, "Transfer.fee");
        }
        out.writeEndObject();
    }

    static Payment.Transfer readPayment_Transfer(JsonReader in) throws IOException {
        String iban = null;
        boolean hasIban = false;
        Payment.Fee fee = null;
        boolean hasFee = false;
        in.beginObject();
        for (int field = in.nextField(PAYMENT_TRANSFER_FIELDS); field != JsonReader.END; field = in.nextField(PAYMENT_TRANSFER_FIELDS)) {
            switch (field) {
                case 0 -> { // "iban"
                    iban = in.readString();
                    hasIban = true;
                }
                case 1 -> { // "fee"
                    fee = switch (in.discriminator("type")) {
                                case "Flat" -> readPayment_Flat(in);
                                case "Percent" -> readPayment_Percent(in);
                                default -> throw in.error("the \"type\" property names none of the records of Fee (Flat, Percent)");
                            };
                    hasFee = true;
                }
                default -> in.skipValue();
            }
        }
        if (!hasIban) {
            throw in.missing("iban");
        }
        if (!hasFee) {
            fee = defaultPayment_Transfer_fee();
        }
        return new Payment.Transfer(iban, fee);
    }

    static void writePayment_Voucher(Payment.Voucher value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(TYPE_PROPERTY);
        out.writeString("Voucher");
        out.writeFieldName(CODE);
        out.writeString(JsonWrite.nonNull(value.code(), "Voucher.code"));
        out.writeFieldName(REPLACES);
        Payment replaces = JsonWrite.nonNull(value.replaces(), "Voucher.replaces");
        if (replaces instanceof Payment.Card card) {
            writePayment_Card(card, out);
        } else if (replaces instanceof Payment.Transfer transfer) {
            writePayment_Transfer(transfer, out);
        } else if (replaces instanceof Payment.Voucher voucher) {
            writePayment_Voucher(voucher, out);
        } else {
            throw Codecs.unknownSubtype(replaces, "Voucher.replaces");
        }
        out.writeEndObject();
    }

    static Payment.Voucher readPayment_Voucher(JsonReader in) throws IOException {
        String code = null;
        boolean hasCode = false;
        Payment replaces = null;
        boolean hasReplaces = false;
        in.beginObject();
        for (int field = in.nextField(PAYMENT_VOUCHER_FIELDS); field != JsonReader.END; field = in.nextField(PAYMENT_VOUCHER_FIELDS)) {
            switch (field) {
                case 0 -> { // "code"
                    code = in.readString();
                    hasCode = true;
                }
                case 1 -> { // "replaces"
                    replaces = switch (in.discriminator("type")) {
                                case "Card" -> readPayment_Card(in);
                                case "Transfer" -> readPayment_Transfer(in);
                                case "Voucher" -> readPayment_Voucher(in);
                                default -> throw in.error("the \"type\" property names none of the records of Payment (Card, Transfer, Voucher)");
                            };
                    hasReplaces = true;
                }
                default -> in.skipValue();
            }
        }
        if (!hasCode) {
            throw in.missing("code");
        }
        if (!hasReplaces) {
            throw in.missing("replaces");
        }
        return new Payment.Voucher(code, replaces);
    }

    static void writePayment_Flat(Payment.Flat value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(TYPE_PROPERTY);
        out.writeString("Flat");
        out.writeFieldName(CODE);
        out.writeString(JsonWrite.nonNull(value.code(), "Flat.code"));
        out.writeEndObject();
    }

    static Payment.Flat readPayment_Flat(JsonReader in) throws IOException {
        String code = null;
        boolean hasCode = false;
        in.beginObject();
        for (int field = in.nextField(PAYMENT_FLAT_FIELDS); field != JsonReader.END; field = in.nextField(PAYMENT_FLAT_FIELDS)) {
            switch (field) {
                case 0 -> { // "code"
                    code = in.readString();
                    hasCode = true;
                }
                default -> in.skipValue();
            }
        }
        if (!hasCode) {
            throw in.missing("code");
        }
        return new Payment.Flat(code);
    }

    static void writePayment_Percent(Payment.Percent value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(TYPE_PROPERTY);
        out.writeString("Percent");
        out.writeFieldName(RATE);
        out.writeNumber(value.rate());
        out.writeEndObject();
    }

    static Payment.Percent readPayment_Percent(JsonReader in) throws IOException {
        double rate = 0d;
        boolean hasRate = false;
        in.beginObject();
        for (int field = in.nextField(PAYMENT_PERCENT_FIELDS); field != JsonReader.END; field = in.nextField(PAYMENT_PERCENT_FIELDS)) {
            switch (field) {
                case 0 -> { // "rate"
                    rate = in.readDouble();
                    hasRate = true;
                }
                default -> in.skipValue();
            }
        }
        if (!hasRate) {
            throw in.missing("rate");
        }
        return new Payment.Percent(rate);
    }

    /**
     * The default of Transfer.fee: {@code {"type":"Flat","code":"none"}}.
     */
    private static Payment.Fee defaultPayment_Transfer_fee() throws IOException {
        JsonReader in = new JsonReader("{\"type\":\"Flat\",\"code\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        return switch (in.discriminator("type")) {
                    case "Flat" -> readPayment_Flat(in);
                    case "Percent" -> readPayment_Percent(in);
                    default -> throw in.error("the \"type\" property names none of the records of Fee (Flat, Percent)");
                };
    }
}
