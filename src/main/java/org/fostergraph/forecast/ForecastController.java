package org.fostergraph.forecast;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.security.Scope;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ForecastController {

    private final ForecastService forecasts;

    ForecastController(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @QueryMapping
    Forecast sufficiencyForecast(@ContextValue Scope scope, @Argument LocalDate cutOff, @Argument Integer horizonMonths, @Argument Integer referenceMonths,
            @Argument List<Scenario> scenarios) {
        return forecasts.forecast(scope, cutOff, horizonMonths, referenceMonths, scenarios);
    }

    @QueryMapping
    List<Forecast.Rate> forecastRates(@ContextValue Scope scope, @Argument LocalDate cutOff, @Argument Integer referenceMonths) {
        return forecasts.rates(scope, cutOff, referenceMonths);
    }

    @QueryMapping
    Forecast.BackTest forecastBackTest(@ContextValue Scope scope, @Argument LocalDate cutOff, @Argument Integer horizonMonths, @Argument Integer referenceMonths) {
        return forecasts.backTest(scope, cutOff, horizonMonths, referenceMonths);
    }
}
