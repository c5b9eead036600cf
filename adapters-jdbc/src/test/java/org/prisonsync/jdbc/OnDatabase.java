package org.prisonsync.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The database a contract IT runs on; {@link ClassDatabase} opens it for the class. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OnDatabase {
    Kind value();

    enum Kind {
        H2 {
            @Override
            TestDatabase open(Class<?> testClass) {
                return TestDatabase.h2(testClass);
            }
        },
        POSTGRES {
            @Override
            TestDatabase open(Class<?> testClass) {
                return TestDatabase.postgres(testClass);
            }
        };

        abstract TestDatabase open(Class<?> testClass);
    }
}
