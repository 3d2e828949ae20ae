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
COPY --from=build /src/target/consultation-registry-*.jar /app/consultation-registry.jar
USER registry
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/consultation-registry.jar"]
