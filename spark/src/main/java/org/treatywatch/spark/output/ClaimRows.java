package org.treatywatch.spark.output;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;

/**
 * The batch job's claim table: the codebook's fields (CODEBOOK.md, "A claim", same names, same
 * order, nested objects as structs) followed by the source document's citation ({@code title},
 * {@code url}, {@code outlet} and {@code published} date), the extractor {@code version} that made the claim, and the partition
 * column {@code year} (the document's publication year, or {@value #UNKNOWN_YEAR}). Parquet keeps
 * {@code year} and {@code type} in the directory names ({@code year=2025/type=PRODUCTION/}).
 *
 * <p>Conversion is lossless both ways: {@link #toClaim(Row)} of {@link #toRow} is the same
 * {@link Claim}, which is what lets the tests compare the job's output with the library's.
 */
public final class ClaimRows {
    public static final String UNKNOWN_YEAR = "unknown";

    public static final StructType QUANTITY = new StructType()
            .add("min", DataTypes.LongType).add("max", DataTypes.LongType).add("unit", DataTypes.StringType);
    public static final StructType AMOUNT = new StructType()
            .add("min", DataTypes.DoubleType).add("max", DataTypes.DoubleType).add("currency", DataTypes.StringType);
    public static final StructType SPEAKER = new StructType()
            .add("name", DataTypes.StringType).add("role", DataTypes.StringType).add("actor", DataTypes.StringType);
    public static final StructType EVIDENCE = new StructType()
            .add("start", DataTypes.IntegerType, false).add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false);

    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("doc", DataTypes.StringType, false),
        DataTypes.createStructField("type", DataTypes.StringType, false),
        DataTypes.createStructField("actor", DataTypes.StringType, false),
        DataTypes.createStructField("modality", DataTypes.StringType, false),
        DataTypes.createStructField("treaty", DataTypes.StringType, true),
        DataTypes.createStructField("stage", DataTypes.StringType, true),
        DataTypes.createStructField("weapon", DataTypes.StringType, true),
        DataTypes.createStructField("recipient", DataTypes.StringType, true),
        DataTypes.createStructField("alleged_by", DataTypes.StringType, true),
        DataTypes.createStructField("quantity", QUANTITY, true),
        DataTypes.createStructField("amount", AMOUNT, true),
        DataTypes.createStructField("when", DataTypes.StringType, true),
        DataTypes.createStructField("speaker", SPEAKER, true),
        DataTypes.createStructField("evidence", EVIDENCE, false),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.DateType, true),
        DataTypes.createStructField("version", DataTypes.StringType, false),
        DataTypes.createStructField("year", DataTypes.StringType, false),
    });

    /**
     * A document as the job's {@code documents-jsonl/} output has it: the JSON Lines input format
     * and {@code claims}, how many claims it has, so that {@code treatywatch import} can tell a
     * document whose claims it read in full from one that lost some to a damaged or missing file.
     */
    public static final StructType DOCUMENT = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.DateType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("claims", DataTypes.IntegerType, false),
    });

    /**
     * What the extraction step emits, one of the two per row: a claim, or a document that has
     * claims (its text is needed to store the claims, and only these documents are kept).
     */
    public static final StructType RESULT = new StructType()
            .add("claim", SCHEMA, true)
            .add("document", DOCUMENT, true);

    private ClaimRows() {}

    /** A {@link #RESULT} row holding a claim. */
    public static Row claimResult(Claim claim, Document document, String version) {
        return RowFactory.create(toRow(claim, document, version), null);
    }

    /** A {@link #RESULT} row holding a document with {@code claims} claims. */
    public static Row documentResult(Document d, int claims) {
        return RowFactory.create(null, RowFactory.create(d.id(), d.text(), d.title(),
                d.published() == null ? null : java.sql.Date.valueOf(d.published()), d.url(), d.outlet(), claims));
    }

    /** One row of {@link #SCHEMA} for {@code claim}, found in {@code document} by extractor {@code version}. */
    public static Row toRow(Claim claim, Document document, String version) {
        Quantity q = claim.quantity();
        Amount a = claim.amount();
        Speaker s = claim.speaker();
        Evidence e = claim.evidence();
        LocalDate published = document.published();
        return RowFactory.create(
                claim.doc(),
                claim.type().name(),
                claim.actor(),
                claim.modality().name(),
                claim.treaty(),
                claim.stage() == null ? null : claim.stage().name(),
                claim.weapon() == null ? null : claim.weapon().name(),
                claim.recipient(),
                claim.allegedBy(),
                q == null ? null : RowFactory.create(q.min(), q.max(), q.unit()),
                a == null ? null : RowFactory.create(a.min(), a.max(), a.currency()),
                claim.when(),
                s == null ? null : RowFactory.create(s.name(), s.role(), s.actor()),
                RowFactory.create(e.start(), e.end(), e.text()),
                document.title(),
                document.url(),
                document.outlet(),
                published == null ? null : java.sql.Date.valueOf(published),
                version,
                yearOf(published));
    }

    /** The partition value for a document published on {@code published} (which may be null). */
    public static String yearOf(LocalDate published) {
        return published == null ? UNKNOWN_YEAR : String.format(Locale.ROOT, "%04d", published.getYear());
    }

    /** The claim a row of {@link #SCHEMA} holds (columns looked up by name, so order does not matter). */
    public static Claim toClaim(Row row) {
        Row q = row.getAs("quantity");
        Row a = row.getAs("amount");
        Row s = row.getAs("speaker");
        Row e = row.getAs("evidence");
        return new Claim(
                row.getAs("doc"),
                ClaimType.valueOf(row.getAs("type")),
                row.getAs("actor"),
                Modality.valueOf(row.getAs("modality")),
                row.getAs("treaty"),
                enumOrNull(Stage.class, row.getAs("stage")),
                enumOrNull(Weapon.class, row.getAs("weapon")),
                row.getAs("recipient"),
                row.getAs("alleged_by"),
                q == null ? null : new Quantity(q.getAs("min"), q.getAs("max"), q.getAs("unit")),
                a == null ? null : new Amount(a.getAs("min"), a.getAs("max"), a.getAs("currency")),
                row.getAs("when"),
                s == null ? null : new Speaker(s.getAs("name"), s.getAs("role"), s.getAs("actor")),
                new Evidence(e.<Integer>getAs("start"), e.<Integer>getAs("end"), e.getAs("text")));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
