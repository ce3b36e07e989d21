package org.fostergraph.forecast;

import java.time.LocalDate;
import java.util.List;

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
    Forecast sufficiencyForecast(@Argument LocalDate cutOff, @Argument Integer horizonMonths, @Argument Integer referenceMonths,
            @Argument List<Scenario> scenarios) {
        return forecasts.forecast(cutOff, horizonMonths, referenceMonths, scenarios);
    }

    @QueryMapping
    List<Forecast.Rate> forecastRates(@Argument LocalDate cutOff, @Argument Integer referenceMonths) {
        return forecasts.rates(cutOff, referenceMonths);
    }

    @QueryMapping
    Forecast.BackTest forecastBackTest(@Argument LocalDate cutOff, @Argument Integer horizonMonths, @Argument Integer referenceMonths) {
        return forecasts.backTest(cutOff, horizonMonths, referenceMonths);
    }
}
