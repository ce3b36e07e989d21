# Builds the service without the in-process Neo4j (-Dserver): the image holds no database server and
# connects to the one NEO4J_URI names.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Dserver dependency:go-offline
COPY src/ src/
COPY graph-schema/ graph-schema/
COPY seed/ seed/
RUN ./mvnw -B -q -Dserver -Dmaven.test.skip=true package && cp target/server/fostergraph-*.jar /build/fostergraph.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 fostergraph
USER fostergraph
WORKDIR /app
COPY --from=build /build/fostergraph.jar fostergraph.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/fostergraph.jar"]
