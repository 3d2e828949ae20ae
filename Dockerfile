# Builds the portal from source and runs it on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --no-create-home registry
# The jar extracted (plain jars in /app/lib, quicker to load from than the nested ones of the uber jar) and started
# by run-portal.sh with a class data sharing archive and the bean definitions Spring AOT generated at `package`, as
# README.md ("Run in production") describes. The archive is
# made by a training run at the container's first start, which needs the database; /app is writable by the portal's
# user for that file alone to be added.
COPY --from=build /src/target/consultation-registry-*.jar /tmp/consultation-registry.jar
RUN java -Djarmode=tools -jar /tmp/consultation-registry.jar extract --destination /app \
    && rm /tmp/consultation-registry.jar && chown registry /app
COPY deploy/run-portal.sh /app/run-portal.sh
USER registry
# The serial collector: the cheapest at start-up and on a small heap (512 MB, 2 cores); see README.md.
ENV JAVA_OPTS="-XX:+UseSerialGC"
EXPOSE 8080
ENTRYPOINT ["/app/run-portal.sh", "/app"]
