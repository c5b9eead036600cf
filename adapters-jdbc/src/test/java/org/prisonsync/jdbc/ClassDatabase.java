package org.prisonsync.jdbc;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database of one contract IT class: opened on the database its {@link OnDatabase} names before the class's first
 * test, removed after its last. A port's JDBC contract base declares this extension and builds the adapter on
 * {@link #of}, so the H2 and the PostgreSQL IT of a port are each a class declaration and nothing more.
 */
public final class ClassDatabase implements BeforeAllCallback, AfterAllCallback {
    private static final Map<Class<?>, TestDatabase> OPEN = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        OnDatabase on = testClass.getAnnotation(OnDatabase.class);
        if (on == null) {
            throw new IllegalStateException(testClass.getSimpleName() + " does not say its database (@OnDatabase)");
        }
        OPEN.put(testClass, on.value().open(testClass));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase db = OPEN.remove(context.getRequiredTestClass());
        if (db != null) {
            db.close();
        }
    }

    /** The database of {@code test}'s class, open while the class runs. */
    public static TestDatabase of(Object test) {
        return Objects.requireNonNull(OPEN.get(test.getClass()), () -> "no database open for " + test.getClass());
    }
}
