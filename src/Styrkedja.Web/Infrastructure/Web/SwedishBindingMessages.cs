using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Infrastructure.Web;

/// <summary>Model binding's own messages (a letter in a number field …) in Swedish instead of English.</summary>
public static class SwedishBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => string.Format(Common.BindingValueInvalid, value, field));
        messages.SetValueIsInvalidAccessor(value => string.Format(Common.BindingNonPropertyValueInvalid, value));
        messages.SetValueMustBeANumberAccessor(field => string.Format(Common.BindingValueMustBeNumber, field));
        messages.SetMissingBindRequiredValueAccessor(field => string.Format(Common.BindingMissingValue, field));
        messages.SetMissingKeyOrValueAccessor(() => Common.BindingValueRequired);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Common.BindingValueRequired);
        messages.SetValueMustNotBeNullAccessor(value => string.Format(Common.BindingNonPropertyValueInvalid, value));
        messages.SetUnknownValueIsInvalidAccessor(field => string.Format(Common.BindingMissingValue, field));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(Common.BindingNonPropertyValueInvalid, value));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Common.BindingValueRequired);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Common.BindingValueRequired);
    }
}
