package org.collegium.shared;

/**
 * The order in which the modules' demo-data initializers run ({@code @Order} on their ApplicationRunner):
 * a module's demo data may use what the modules below it created.
 */
public final class DemoDataOrder {

    public static final int IDENTITY = 100;
    public static final int NETWORK = 200;
    public static final int ACADEMY = 300;
    public static final int ACADEMY_COURSES = 310;
    public static final int EXCHANGE = 400;
    public static final int LIBRARY = 500;

    private DemoDataOrder() {
    }
}
