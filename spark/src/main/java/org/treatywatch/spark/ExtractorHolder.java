package org.treatywatch.spark;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;

/**
 * One {@link ClaimExtractor} per executor JVM, built on first use and shared by every task and
 * thread of that JVM (the extractor is pure and thread-safe). Building one compiles gazetteers and
 * loads models, so doing it per record or per partition would cost more than the extraction; a
 * broadcast would serialise it, which it need not support. The job passes only the extractor's
 * name to the executors.
 *
 * <p>Names: {@value #STANDARD} is the extraction library's standard pipeline
 * ({@link Extractors#standard()}); {@value #SYNTAX} is the same with the syntactic layer
 * ({@link Extractors#withSyntax()}), whose CoreNLP models each executor loads from its own classpath
 * (the job jar carries them) on the first document that needs them, never shipped from the driver;
 * any other name is the
 * class name of a {@code ClaimExtractor} with a public no-argument constructor (tests use this).
 */
public final class ExtractorHolder {
    public static final String STANDARD = "standard";
    public static final String SYNTAX = "syntax";

    private static final ConcurrentMap<String, ClaimExtractor> BY_NAME = new ConcurrentHashMap<>();

    private ExtractorHolder() {}

    /** The extractor called {@code name}, built once per JVM. */
    public static ClaimExtractor get(String name) {
        return BY_NAME.computeIfAbsent(name, ExtractorHolder::build);
    }

    private static ClaimExtractor build(String name) {
        if (STANDARD.equals(name)) {
            return Extractors.standard();
        }
        if (SYNTAX.equals(name)) {
            return Extractors.withSyntax();
        }
        try {
            Class<?> type = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
            if (!ClaimExtractor.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("extractor " + name + " is not a ClaimExtractor");
            }
            return (ClaimExtractor) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown extractor " + name
                    + ": use 'standard', 'syntax' or the class name of a ClaimExtractor on the classpath", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalArgumentException("extractor " + name + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("extractor " + name + " failed to start: " + e.getCause(), e.getCause());
        }
    }
}
