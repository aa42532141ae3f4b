"""The registration types the fake knows, with their sections and fields: AWS-owned data, not in the model.

DescribeRegistrationTypeDefinitions, ...SectionDefinitions and ...FieldDefinitions answer with data that AWS
holds and botocore does not ship, so the fake holds it here, as ``phone_ranges.py`` holds number blocks. The
records are written through the model's output shapes by the usual rule (attribute = member in snake_case),
so a member a model lacks is simply not written: ``conditional_behavior`` (botocore >= 1.44) is served by a
newer model and left out by an older one.

Every entry says where it comes from, in a comment:

    [D] documented by AWS (the model, the API reference, the user guide, an AWS blog) -- printed by AWS
    [O] observed: someone ran the real API and published what came back (runbooks, scripts, field notes)
    [O-weak] second-hand: a guide or script comment that says it copied the live schema
    [I] the fake's inference, listed in the README's decisions table

Sources: UG-CLI is the user guide page "Create a registration using the AWS CLI" (registrations-sms-cli),
with partial real outputs of the toll-free form; BLOG-SID is the AWS Messaging blog "Automate sender ID
registration in AWS End User Messaging" (2026-01-07), with a real DescribeRegistrationFieldDefinitions
excerpt of the UK sender ID form and the Indonesian and Indian field lists; GUIDE-10DLC is a public
"Programmatic 10DLC Registration Guide" (MIT-0) whose field table says it came from the API; RCS-DOCS are
the user guide's RCS
pages; "field reports" are public runbooks and scripts that filed real registrations. Evidence stops where
a comment says so: a field list that AWS printed only in part ends there, titles AWS did not print are made
from the field name, and types known only by name have an empty form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# -- the records (members of the model's definition shapes, in snake_case) --------------------------------


@dataclass(frozen=True, slots=True)
class SelectOptionDescription:
    option: str
    title: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class DisplayHints:
    """The display hints of a type, a section or a field (each shape takes the members it has)."""

    title: str
    short_description: str | None = None
    long_description: str | None = None
    documentation_title: str | None = None
    documentation_link: str | None = None
    select_option_descriptions: list[SelectOptionDescription] | None = None
    text_validation_description: str | None = None
    example_text_value: str | None = None


@dataclass(frozen=True, slots=True)
class SupportedAssociation:
    resource_type: str
    association_behavior: str
    disassociation_behavior: str
    iso_country_code: str | None = None


@dataclass(frozen=True, slots=True)
class SelectValidation:
    min_choices: int
    max_choices: int
    options: list[str]


@dataclass(frozen=True, slots=True)
class TextValidation:
    min_length: int
    max_length: int
    pattern: str


@dataclass(frozen=True, slots=True)
class ConditionalValidation:
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    allowed_values: list[str] | None = None


@dataclass(frozen=True, slots=True)
class FieldCondition:
    depends_on_field_path: str
    operator: str
    values: list[str] | None = None


@dataclass(frozen=True, slots=True)
class ConditionalRule:
    conditions: list[FieldCondition]
    rule_behavior: str
    conditional_validation: ConditionalValidation | None = None


@dataclass(frozen=True, slots=True)
class ConditionalBehavior:
    rules: list[ConditionalRule]
    default_behavior: str


@dataclass(frozen=True, slots=True)
class SectionDefinition:
    section_path: str
    display_hints: DisplayHints


@dataclass(frozen=True, slots=True)
class FieldDefinition:
    section_path: str
    field_path: str
    field_type: str
    field_requirement: str
    display_hints: DisplayHints
    select_validation: SelectValidation | None = None
    text_validation: TextValidation | None = None
    conditional_behavior: ConditionalBehavior | None = None


@dataclass(frozen=True, slots=True)
class TypeDefinition:
    """A registration type: what RegistrationTypeDefinition answers, and its form (sections and fields)."""

    registration_type: str
    display_hints: DisplayHints
    supported_associations: list[SupportedAssociation]
    sections: list[SectionDefinition]
    fields: list[FieldDefinition]

    def field(self, field_path: str) -> FieldDefinition | None:
        return next((field for field in self.fields if field.field_path == field_path), None)

    def section(self, section_path: str) -> SectionDefinition | None:
        return next((section for section in self.sections if section.section_path == section_path), None)


# -- building blocks ------------------------------------------------------------------------------------

# [D UG-CLI, BLOG-SID] the only TextValidation.Pattern AWS has printed (companyName, senderIdDescription).
NOT_BLANK = r"^(?=\s*\S)[\s\S]+$"
COUNTRY = r"^[A-Z]{2}$"  # [I] a 2-letter ISO code, where a source gives the length 2

# [D UG-CLI (toll-free), BLOG-SID (UK sender ID)] the same list in both, MinChoices = MaxChoices = 1.
MONTHLY_SMS_VOLUME = [
    *("10", "100", "1,000", "10,000", "100,000", "250,000", "500,000", "750,000", "1,000,000"),
    *("5,000,000", "10,000,000+"),
]
# [O-weak GUIDE-10DLC] 10DLC brand (contactInfo.vertical) and campaign (campaignInfo.vertical).
TEN_DLC_VERTICALS = [
    *("AGRICULTURE", "COMMUNICATION", "CONSTRUCTION", "EDUCATION", "ENERGY", "ENTERTAINMENT", "FINANCIAL"),
    *("GAMBLING", "GOVERNMENT", "HEALTHCARE", "HOSPITALITY", "INSURANCE", "MANUFACTURING", "NGO"),
    *("REAL_ESTATE", "RETAIL", "TECHNOLOGY"),
]
# [O-weak GUIDE-10DLC]
STOCK_EXCHANGES = [
    *("NONE", "NASDAQ", "NYSE", "AMEX", "AMX", "ASX", "B3", "BME", "BSE", "FRA", "ICEX", "JPX", "JSE", "KRX"),
    *("LON", "NSE", "OMX", "SEHK", "SGX", "SSE", "STO", "SWX", "SZSE", "TSX", "TWSE", "VSE", "OTHER"),
]
YES_NO = ["Yes", "No"]  # [O-weak GUIDE-10DLC; "Yes"/"No" accepted in field reports]


def when(
    field_path: str, operator: str, values: list[str] | None, then: str, otherwise: str
) -> ConditionalBehavior:
    """A one-rule ConditionalBehavior: ``then`` when the condition holds, else ``otherwise``."""
    return ConditionalBehavior(
        [ConditionalRule([FieldCondition(field_path, operator, values)], then)], otherwise
    )


def title_from(path: str) -> str:
    """[I] A display title from a field or section name where AWS printed none ("zipCode": "Zip code")."""
    name = path.rsplit(".", 1)[-1]
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()
    return words[:1].upper() + words[1:]


def _hints(path: str, title: str | None, short: str | None, example: str | None = None) -> DisplayHints:
    """A field's hints; where AWS printed none, the title comes from the name [I] and the description too."""
    title = title or title_from(path)
    return DisplayHints(title, short or f"{title}.", example_text_value=example)


def text(
    path: str,
    requirement: str,
    *,
    length: tuple[int, int] | None = None,
    pattern: str = NOT_BLANK,
    title: str | None = None,
    short: str | None = None,
    example: str | None = None,
    conditional: ConditionalBehavior | None = None,
) -> FieldDefinition:
    """A TEXT field; TextValidation only where a source gives both lengths (the shape needs all three)."""
    validation = None if length is None else TextValidation(length[0], length[1], pattern)
    return FieldDefinition(
        path.split(".", 1)[0],
        path,
        "TEXT",
        requirement,
        _hints(path, title, short, example),
        text_validation=validation,
        conditional_behavior=conditional,
    )


def select(
    path: str,
    requirement: str,
    options: list[str] | None,
    *,
    choices: tuple[int, int] = (1, 1),
    title: str | None = None,
    short: str | None = None,
    conditional: ConditionalBehavior | None = None,
) -> FieldDefinition:
    """A SELECT field; ``options=None`` where the option list is not public (any choice is accepted)."""
    validation = None if options is None else SelectValidation(choices[0], choices[1], options)
    return FieldDefinition(
        path.split(".", 1)[0],
        path,
        "SELECT",
        requirement,
        _hints(path, title, short),
        select_validation=validation,
        conditional_behavior=conditional,
    )


def attachment(
    path: str,
    requirement: str,
    *,
    title: str | None = None,
    short: str | None = None,
    conditional: ConditionalBehavior | None = None,
) -> FieldDefinition:
    return FieldDefinition(
        path.split(".", 1)[0],
        path,
        "ATTACHMENT",
        requirement,
        _hints(path, title, short),
        conditional_behavior=conditional,
    )


def section(path: str, title: str | None = None, short: str | None = None) -> SectionDefinition:
    """A section; where AWS printed no hints, both come from its name [I]."""
    title = title or title_from(path)
    return SectionDefinition(path, DisplayHints(title, short or f"{title}."))


def association(
    resource_type: str, behavior: str, disassociation: str, iso_country_code: str | None = None
) -> SupportedAssociation:
    return SupportedAssociation(resource_type, behavior, disassociation, iso_country_code)


# -- registration types with a form -----------------------------------------------------------------------

US_TOLL_FREE_REGISTRATION = TypeDefinition(
    "US_TOLL_FREE_REGISTRATION",
    DisplayHints("US toll-free number registration"),  # [D UG-CLI] (the rest of the hints was not printed)
    [
        association("TOLL_FREE", "ASSOCIATE_BEFORE_SUBMIT", "DISASSOCIATE_ALL_CLOSES_REGISTRATION", "US")
    ],  # [D]
    [
        section("companyInfo", "Company info", "Information about your company."),  # title [D UG form]
        section("contactInfo", "Contact info", "Your business's point of contact."),  # title [D UG form]
        section("messagingUseCase", "Messaging use case", "How you will use this number."),  # [I]
        section("messageSamples", "Message samples", "Examples of messages you will send."),  # [I]
    ],
    [
        text(  # [D UG-CLI] as printed
            "companyInfo.companyName",
            "REQUIRED",
            length=(1, 100),
            title="Company name",
            short="Legal name which your company is registered under.",
            example="Example Corp",
        ),
        text("companyInfo.website", "REQUIRED", title="Company website"),  # [O field reports]
        text("companyInfo.address1", "REQUIRED", title="Address 1"),  # [O]; title [D UG form]
        text("companyInfo.address2", "OPTIONAL", title="Address 2"),  # [O]; "Address 2 - optional" [D UG]
        text("companyInfo.city", "REQUIRED", title="City"),  # [O]
        text("companyInfo.state", "REQUIRED", title="State/Province"),  # [O]
        text("companyInfo.zipCode", "REQUIRED", title="Zip Code/Postal code"),  # [O]
        text(
            "companyInfo.isoCountryCode", "REQUIRED", length=(2, 2), pattern=COUNTRY, title="Country"
        ),  # [O]
        select(  # [O SOLE_PROPRIETOR offered; O-weak the list]; requirement [I]
            "companyInfo.businessType",
            "REQUIRED",
            ["PRIVATE_PROFIT", "PUBLIC_PROFIT", "NON_PROFIT", "SOLE_PROPRIETOR", "GOVERNMENT"],
        ),
        text(  # [O] CONDITIONAL; the rule [I] (a business registration number unless a sole proprietor)
            "companyInfo.taxId",
            "CONDITIONAL",
            conditional=when(
                "companyInfo.businessType", "NOT_EQUALS", ["SOLE_PROPRIETOR"], "REQUIRED", "OPTIONAL"
            ),
        ),
        select(  # [O-weak] "EIN" seen; other options not public; rule [I]
            "companyInfo.taxIdAuthority",
            "CONDITIONAL",
            ["EIN"],
            conditional=when("companyInfo.taxId", "HAS_VALUE", None, "REQUIRED", "OPTIONAL"),
        ),
        text(  # [O-weak]; rule [I]
            "companyInfo.taxIdCountry",
            "CONDITIONAL",
            length=(2, 2),
            pattern=COUNTRY,
            conditional=when("companyInfo.taxId", "HAS_VALUE", None, "REQUIRED", "OPTIONAL"),
        ),
        text("contactInfo.firstName", "REQUIRED", title="First Name"),  # [O]; title [D UG form]
        text("contactInfo.lastName", "REQUIRED", title="Last Name"),  # [O]; title [D UG form]
        text("contactInfo.supportEmail", "REQUIRED"),  # [O]
        text("contactInfo.supportPhoneNumber", "REQUIRED"),  # [O] E.164
        select(  # [D UG-CLI] as printed
            "messagingUseCase.monthlyMessageVolume",
            "REQUIRED",
            MONTHLY_SMS_VOLUME,
            title="Monthly SMS volume",
            short="Estimated number of SMS messages which will be sent from this toll-free number each "
            "month.",
        ),
        select(  # [O] each value accepted in a real submission; the full list is not public: evidence stops
            "messagingUseCase.useCaseCategory",
            "REQUIRED",
            ["ONE_TIME_PASSCODES", "ACCOUNT_NOTIFICATIONS", "CUSTOMER_CARE", "NON_PROFIT"],
        ),
        text("messagingUseCase.useCaseDetails", "REQUIRED", length=(1, 500)),  # [O] max 500; min [I]
        select(  # [O-weak the list; O DIGITAL_FORM]
            "messagingUseCase.optInType",
            "REQUIRED",
            ["VERBAL", "DIGITAL_FORM", "PAPER_FORM", "TEXT", "QR_CODE"],
        ),
        text("messagingUseCase.optInDescription", "REQUIRED", length=(1, 1500)),  # [O] max 1500; min [I]
        attachment("messagingUseCase.optInImage", "REQUIRED"),  # [O]
        text("messagingUseCase.privacyPolicyUrl", "REQUIRED"),  # [O][D UG] required from 2026-09-15
        text("messagingUseCase.termsAndConditionsUrl", "REQUIRED"),  # [O][D UG] required from 2026-09-15
        text("messageSamples.messageSample1", "REQUIRED"),  # [O]
        text("messageSamples.messageSample2", "OPTIONAL"),  # [O] used; requirement [I]
        text("messageSamples.messageSample3", "OPTIONAL"),  # [O] used; requirement [I]
    ],
)

# [O] a PRIVATE_PROFIT brand that set these was denied "Conditional field not allowed".
_PUBLIC_ONLY = when("companyInfo.legalType", "EQUALS", ["PUBLIC_PROFIT"], "REQUIRED", "DISALLOWED")

# Fields [O-weak GUIDE-10DLC] unless noted; the type's display title [I].
US_TEN_DLC_BRAND_REGISTRATION = TypeDefinition(
    "US_TEN_DLC_BRAND_REGISTRATION",
    DisplayHints("US 10DLC brand registration"),
    [],  # [O-weak] a brand is associated with no identity: campaigns and vetting name it
    [
        section("companyInfo", "Company info"),
        section("contactInfo", "Contact info"),
    ],  # names [O-weak]; hints [I]
    [
        text("companyInfo.companyName", "REQUIRED", length=(1, 100), title="Legal company name"),
        text(
            "companyInfo.taxIdIssuingCountry",
            "REQUIRED",
            length=(2, 2),
            pattern=COUNTRY,
            title="Country of tax registration",
        ),
        text(  # max 21 [O-weak]; digits only (a dashed EIN was refused) [O]; REQUIRED [O]
            "companyInfo.taxId",
            "REQUIRED",
            length=(1, 21),
            pattern=r"^[A-Za-z0-9]+$",
            title="Tax ID or Business Registration Number",
        ),
        select(  # [O live options]
            "companyInfo.legalType",
            "REQUIRED",
            ["PRIVATE_PROFIT", "PUBLIC_PROFIT", "NON_PROFIT", "GOVERNMENT"],
            title="Legal form of organization",
        ),
        text(
            "companyInfo.stockSymbol",
            "CONDITIONAL",
            length=(1, 10),
            title="Stock symbol",
            conditional=_PUBLIC_ONLY,
        ),
        select(
            "companyInfo.stockExchange",
            "CONDITIONAL",
            STOCK_EXCHANGES,
            title="Stock exchange",
            conditional=_PUBLIC_ONLY,
        ),
        text(
            "companyInfo.businessContactEmail",
            "CONDITIONAL",
            length=(1, 100),
            title="Brand verification email",
            conditional=_PUBLIC_ONLY,
        ),
        text("companyInfo.address", "REQUIRED", length=(1, 100), title="Street address"),
        text("companyInfo.city", "REQUIRED", length=(1, 100), title="City"),
        text("companyInfo.state", "REQUIRED", length=(1, 50), title="State or region"),
        text("companyInfo.zipCode", "REQUIRED", length=(1, 20), title="Zip/Postal code"),
        text("companyInfo.isoCountryCode", "REQUIRED", length=(2, 2), pattern=COUNTRY, title="Country"),
        text("contactInfo.dbaName", "REQUIRED", length=(1, 100), title="DBA or brand name"),
        select("contactInfo.vertical", "REQUIRED", TEN_DLC_VERTICALS, title="Vertical"),
        text("contactInfo.website", "REQUIRED", length=(1, 100), title="Company website"),  # REQUIRED [O]
        text("contactInfo.supportEmail", "REQUIRED", length=(1, 100), title="Support email"),
        text("contactInfo.supportPhoneNumber", "REQUIRED", length=(1, 30), title="Support phone number"),
    ],
)

US_TEN_DLC_BRAND_VETTING = TypeDefinition(
    "US_TEN_DLC_BRAND_VETTING",
    DisplayHints("US 10DLC brand vetting"),  # [I]
    # [O-weak] the brand is associated before submitting; the ResourceType is the brand's registration type,
    # as the model says ("the registration type or origination identity type") [I]; disassociation [I].
    [
        association(
            "US_TEN_DLC_BRAND_REGISTRATION",
            "ASSOCIATE_BEFORE_SUBMIT",
            "DELETE_REGISTRATION_DISASSOCIATES",
            "US",
        )
    ],
    [],  # [O-weak] "no field definitions"
    [],
)

# Fields [O-weak GUIDE-10DLC] unless noted. A field report counts 22 REQUIRED fields in the live form; the
# guide marks 16 (below): evidence stops here.
US_TEN_DLC_CAMPAIGN_REGISTRATION = TypeDefinition(
    "US_TEN_DLC_CAMPAIGN_REGISTRATION",
    DisplayHints("US 10DLC campaign registration"),  # [I]
    [
        # [O] an unassociated campaign is refused at submission; ResourceType and disassociation [I].
        association(
            "US_TEN_DLC_BRAND_REGISTRATION",
            "ASSOCIATE_BEFORE_SUBMIT",
            "DELETE_REGISTRATION_DISASSOCIATES",
            "US",
        ),
        # [O] numbers only once the campaign is complete; the model's text names 10DLC campaigns for
        # ASSOCIATE_AFTER_COMPLETE [D]; ResourceType like the toll-free one's ("TOLL_FREE") [I]; the
        # disassociation [I].
        association(
            "TEN_DLC", "ASSOCIATE_AFTER_COMPLETE", "DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION", "US"
        ),
    ],
    [
        section("campaignInfo", "Campaign info", "About your campaign."),  # names [O-weak]; hints [I]
        section("campaignCapabilities", "Campaign capabilities", "Capabilities and message type."),
        section("campaignUseCase", "Campaign use case", "Use case attestations."),
        section("messageSamples", "Message samples", "Examples of messages you will send."),
        section("mmsFileSamples", "MMS file samples", "Examples of MMS media."),
    ],
    [
        # 40-4096 [O-weak] (the model's TextValue caps what can be put at 2048); REQUIRED [O]
        text("campaignInfo.campaignName", "REQUIRED", length=(40, 4096), title="Campaign description"),
        select("campaignInfo.vertical", "REQUIRED", TEN_DLC_VERTICALS),
        text("campaignInfo.termsAndConditionsLink", "OPTIONAL", length=(1, 255)),
        attachment("campaignInfo.termsAndConditionsFile", "OPTIONAL"),
        text("campaignInfo.privacyPolicyLink", "OPTIONAL", length=(1, 255)),
        attachment("campaignInfo.privacyPolicyFile", "OPTIONAL"),
        text("campaignInfo.optInWorkflow", "REQUIRED", length=(40, 2048)),
        attachment("campaignInfo.optInScreenshot", "OPTIONAL"),
        text("campaignInfo.optInKeyword", "OPTIONAL", length=(1, 255)),
        text("campaignInfo.optInMessage", "REQUIRED", length=(20, 255)),
        text("campaignInfo.helpMessage", "REQUIRED", length=(20, 255)),
        text("campaignInfo.stopMessage", "REQUIRED", length=(20, 255)),
        select(
            "campaignCapabilities.numberCapabilities",
            "REQUIRED",
            ["SMS", "SMS and MMS", "SMS and VOICE", "SMS and MMS and VOICE"],
        ),
        select("campaignCapabilities.messageType", "OPTIONAL", ["Transactional", "Promotional"]),
        select(
            "campaignUseCase.useCase",
            "REQUIRED",
            [
                *("ACCOUNT_NOTIFICATION", "CHARITY", "CUSTOMER_CARE", "DELIVERY_NOTIFICATION", "FRAUD_ALERT"),
                *("HIGHER_EDUCATION", "LOW_VOLUME", "MARKETING", "MIXED", "POLLING_VOTING"),
                *("PUBLIC_SERVICE_ANNOUNCEMENT", "SECURITY_ALERT", "TWO_FACTOR_AUTHENTICATION"),
            ],
        ),
        select(  # 1-5, needed for MIXED and LOW_VOLUME [O-weak]; the rule [I]
            "campaignUseCase.subUseCases",
            "CONDITIONAL",
            [
                *("ACCOUNT_NOTIFICATION", "CUSTOMER_CARE", "DELIVERY_NOTIFICATION", "FRAUD_ALERT"),
                *("HIGHER_EDUCATION", "MARKETING", "POLLING_VOTING", "PUBLIC_SERVICE_ANNOUNCEMENT"),
                *("SECURITY_ALERT", "TWO_FACTOR_AUTHENTICATION"),
            ],
            choices=(1, 5),
            conditional=when(
                "campaignUseCase.useCase", "IN", ["MIXED", "LOW_VOLUME"], "REQUIRED", "OPTIONAL"
            ),
        ),
        select("campaignUseCase.subscriberOptIn", "REQUIRED", ["Yes"]),
        select("campaignUseCase.subscriberOptOut", "REQUIRED", ["Yes"]),
        select("campaignUseCase.subscriberHelp", "REQUIRED", ["Yes"]),
        select("campaignUseCase.directLending", "REQUIRED", YES_NO),
        select("campaignUseCase.embeddedLink", "REQUIRED", YES_NO),
        text(  # needed when embeddedLink is Yes [O-weak]; the rule [I]
            "campaignUseCase.embeddedLinkSample",
            "CONDITIONAL",
            length=(1, 255),
            conditional=when("campaignUseCase.embeddedLink", "EQUALS", ["Yes"], "REQUIRED", "OPTIONAL"),
        ),
        select("campaignUseCase.embeddedPhone", "REQUIRED", YES_NO),
        select("campaignUseCase.ageGated", "REQUIRED", YES_NO),
        text("messageSamples.messageSample1", "REQUIRED", length=(20, 1024)),
        *(text(f"messageSamples.messageSample{n}", "OPTIONAL", length=(20, 1024)) for n in range(2, 6)),
        *(attachment(f"mmsFileSamples.mmsFileSample{n}", "OPTIONAL") for n in range(1, 6)),
    ],
)

# [D model] ASSOCIATE_ON_APPROVAL "applies to all sender ID registrations"; the ResourceType and the
# disassociation behavior of sender ID registrations are not public [I].
_SENDER_ID_ON_APPROVAL = ("SENDER_ID", "ASSOCIATE_ON_APPROVAL", "DELETE_REGISTRATION_DISASSOCIATES")

# The type's NAME is [I] (the <ISO2>_SENDER_ID_REGISTRATION pattern of the proven ID and IN names); its fields
# are those AWS printed for "the United Kingdom registration type" [D BLOG-SID], a subset of the form.
GB_SENDER_ID_REGISTRATION = TypeDefinition(
    "GB_SENDER_ID_REGISTRATION",
    DisplayHints("United Kingdom sender ID registration"),  # [D UG list wording]
    [association(*_SENDER_ID_ON_APPROVAL, "GB")],
    [
        section("companyInfo", "Company info", "Information about your company."),  # names [D]; hints [I]
        section("senderIdInfo", "Sender ID info", "The sender ID to register."),
        section("messagingUseCase", "Messaging use case", "How you will use this sender ID."),
    ],
    [
        text(  # [D BLOG-SID] as printed
            "companyInfo.companyName",
            "REQUIRED",
            length=(1, 100),
            title="Company name",
            short="Legal name which your company is registered under.",
            example="Example Corp",
        ),
        text(  # [D BLOG-SID] as printed
            "senderIdInfo.senderIdDescription",
            "OPTIONAL",
            length=(1, 500),
            title="Sender ID description",
            short="If it is not obvious, explain the connection between your company name and this sender "
            "ID.",
        ),
        attachment(  # [D BLOG-SID] as printed; the rule behind CONDITIONAL is not public
            "senderIdInfo.letterOfAuthorization",
            "CONDITIONAL",
            title="Letter of authorization image",
            short="Image of your signed letter of authorization (LOA)",
        ),
        select(  # [D BLOG-SID] as printed
            "messagingUseCase.monthlyMessageVolume",
            "REQUIRED",
            MONTHLY_SMS_VOLUME,
            title="Monthly SMS volume",
            short="Estimated number of SMS messages which will be sent from this sender ID each month.",
        ),
        # Evidence stops here: the rest of the UK form was not printed.
    ],
)


def _sender_id_form(country: str) -> list[FieldDefinition]:
    """The fields the AWS blog's script sets for both the Indonesian and the Indian sender ID [D BLOG-SID];
    requirements as the blog calls them, lengths only where it states them."""
    indonesia = country == "ID"
    categories = [
        *("One-time passcodes", "Account or security alerts", "Purchase or delivery notifications"),
        *("Public service announcements", "Polling and surveys", "Info on demand"),
        *(["Promotions and marketing"] if indonesia else []),  # the Indian list has no promotions
        "Other",
    ]
    return [
        text(  # ID: 3-11 letters or digits with a letter; IN: 3-6 letters [D BLOG-SID]
            "senderIdInfo.senderId",
            "REQUIRED",
            length=(3, 11 if indonesia else 6),
            pattern=r"^(?=.*[A-Za-z])[A-Za-z0-9]{3,11}$" if indonesia else r"^[A-Za-z]{3,6}$",
        ),
        text("companyInfo.companyId", "REQUIRED", length=(1, 30), pattern=r"^[A-Za-z0-9]+$"),
        text(
            "companyInfo.companyName",
            "REQUIRED",
            length=(1, 100),  # as the UK form [D]
            title="Company name",
            short="Legal name which your company is registered under.",
        ),
        text("companyInfo.website", "REQUIRED"),
        select(  # option strings as the blog's comments print them
            "companyInfo.areaOfBusiness",
            "REQUIRED",
            [
                *("Agriculture", "Communication", "Construction", "Education", "Energy", "Entertainment"),
                *("Financial", "Government", "Healthcare", "Hospitality", "Insurance", "Manufacturing"),
                *("Real estate", "Retail", "Technology", "Other"),
            ],
        ),
        text("companyAddress.address1", "REQUIRED"),
        text("companyAddress.city", "REQUIRED"),
        text("companyAddress.isoCountryCode", "REQUIRED", length=(2, 2), pattern=COUNTRY),
        text("contactInfo.emailAddress", "REQUIRED"),
        text("contactInfo.phoneNumber", "REQUIRED"),
        select("messagingUseCase.useCaseCategory", "REQUIRED", categories),
        text("messagingUseCase.useCaseDescription", "REQUIRED"),
        select("messagingUseCase.monthlyMessageVolume", "REQUIRED", MONTHLY_SMS_VOLUME),  # as the UK form [D]
        text("messagingUseCase.optInDescription", "REQUIRED"),
        text("messageSamples.messageSample1", "REQUIRED", length=(1, 306)),
    ]


# [D BLOG-SID] letters of authorization 1, 2 and 4 (and the tax documents) are needed for a local company; the
# rule's form [I].
_LOCAL_COMPANY = when("companyAddress.isoCountryCode", "EQUALS", ["ID"], "REQUIRED", "OPTIONAL")
_SENDER_ID_SECTIONS = ("senderIdInfo", "companyInfo", "companyAddress", "contactInfo", "messagingUseCase")

ID_SENDER_ID_REGISTRATION = TypeDefinition(
    "ID_SENDER_ID_REGISTRATION",  # [D BLOG-SID]
    DisplayHints("Indonesia sender ID registration"),  # [D UG list wording]
    [association(*_SENDER_ID_ON_APPROVAL, "ID")],
    [section(path) for path in (*_SENDER_ID_SECTIONS, "messageSamples", "idSidSpecificInfo")],  # hints [I]
    [
        *_sender_id_form("ID"),
        attachment("senderIdInfo.proofOfSenderIdConnection", "OPTIONAL"),  # [D]; requirement [I]
        attachment("idSidSpecificInfo.letterOfAuthorization1", "CONDITIONAL", conditional=_LOCAL_COMPANY),
        attachment("idSidSpecificInfo.letterOfAuthorization2", "CONDITIONAL", conditional=_LOCAL_COMPANY),
        attachment("idSidSpecificInfo.letterOfAuthorization3", "REQUIRED"),  # [D] for every company
        attachment("idSidSpecificInfo.letterOfAuthorization4", "CONDITIONAL", conditional=_LOCAL_COMPANY),
        attachment("idSidSpecificInfo.regulatoryAgencyLicense", "OPTIONAL"),  # [D] a lender's licence
        attachment(
            "idSidSpecificInfo.nomorPokokWajibPajakDocument", "CONDITIONAL", conditional=_LOCAL_COMPANY
        ),
        attachment("idSidSpecificInfo.nomorIndukBerusahaDocument", "CONDITIONAL", conditional=_LOCAL_COMPANY),
    ],
)

IN_SENDER_ID_REGISTRATION = TypeDefinition(
    "IN_SENDER_ID_REGISTRATION",  # [D BLOG-SID]; the blog files it in ap-south-1/ap-south-2 only
    DisplayHints("India sender ID registration"),  # [D UG list wording]
    [association(*_SENDER_ID_ON_APPROVAL, "IN")],
    [section(path) for path in (*_SENDER_ID_SECTIONS, "messageSamples", "inSidSpecificInfo")],  # hints [I]
    [
        *_sender_id_form("IN"),
        text("inSidSpecificInfo.principalEntityId", "REQUIRED"),  # [D] the TRAI DLT entity ID
        *(text(f"inSidSpecificInfo.chainId{n}", "REQUIRED") for n in (1, 2, 3, 5)),  # [D] (no chainId4)
        select("inSidSpecificInfo.sendingParametersAcknowledgement", "REQUIRED", ["Yes"]),  # [D]
    ],
)

# Lengths and options [O-weak: a skill file that says it copied describe-registration-field-definitions];
# no Pattern was printed but accentColor's, so the others are NOT_BLANK [I]. A version was submitted with
# them [O].
TEST_RCS_LAUNCH_REGISTRATION = TypeDefinition(
    "TEST_RCS_LAUNCH_REGISTRATION",  # [D RCS-DOCS]
    DisplayHints("RCS testing agent registration"),  # [I]
    # [D RCS-DOCS] the agent is associated before submitting; ResourceType and disassociation [I].
    [association("RCS_AGENT", "ASSOCIATE_BEFORE_SUBMIT", "DELETE_REGISTRATION_DISASSOCIATES")],
    [
        section(
            "agentDetails", "Agent details", "Brand assets and contact details of the agent."
        ),  # hints [I]
        section("complianceKeywords", "Compliance keywords", "HELP and STOP responses."),
    ],
    [
        text("agentDetails.brandName", "REQUIRED", length=(2, 65)),
        text("agentDetails.serviceName", "REQUIRED", length=(1, 100)),
        text("agentDetails.senderDisplayName", "REQUIRED", length=(1, 40)),
        select("agentDetails.useCase", "REQUIRED", ["OTP", "TRANSACTIONAL", "PROMOTIONAL", "MULTI_USE"]),
        text("agentDetails.agentDescription", "REQUIRED", length=(1, 100)),
        attachment("agentDetails.bannerImage", "REQUIRED"),  # 1440x448 JPEG/PNG
        attachment("agentDetails.logoImage", "REQUIRED"),  # 224x224 JPEG/PNG
        text("agentDetails.accentColor", "REQUIRED", length=(7, 7), pattern=r"^#[0-9A-Fa-f]{6}$"),
        # The rule behind the CONDITIONAL contact fields (probably "one way to reach you") is not public.
        text("agentDetails.contactPhoneNumber", "CONDITIONAL", length=(10, 20)),
        text(  # the rule [I]
            "agentDetails.contactPhoneLabel",
            "CONDITIONAL",
            length=(1, 25),
            conditional=when("agentDetails.contactPhoneNumber", "HAS_VALUE", None, "REQUIRED", "DISALLOWED"),
        ),
        text("agentDetails.contactEmailAddress", "CONDITIONAL", length=(5, 100)),
        text(  # the rule [I]
            "agentDetails.contactEmailLabel",
            "CONDITIONAL",
            length=(1, 25),
            conditional=when("agentDetails.contactEmailAddress", "HAS_VALUE", None, "REQUIRED", "DISALLOWED"),
        ),
        text("agentDetails.contactWebsite", "CONDITIONAL", length=(4, 100)),
        text(  # the rule [I]
            "agentDetails.contactWebsiteLabel",
            "CONDITIONAL",
            length=(0, 25),
            conditional=when("agentDetails.contactWebsite", "HAS_VALUE", None, "OPTIONAL", "DISALLOWED"),
        ),
        text("agentDetails.privacyPolicyUrl", "REQUIRED", length=(4, 100)),
        text("agentDetails.privacyPolicyLabel", "OPTIONAL", length=(0, 25)),
        text("agentDetails.termsAndConditionsUrl", "REQUIRED", length=(4, 100)),
        text("agentDetails.termsAndConditionsLabel", "OPTIONAL", length=(0, 25)),
        select("agentDetails.billingCategory", "REQUIRED", ["CONVERSATIONAL", "NON_CONVERSATIONAL"]),
        select("agentDetails.averageMonthlyRcsFrequency", "REQUIRED", ["10", "100", "1000+"]),
        text("agentDetails.monthlyRcsVolume", "REQUIRED", length=(1, 6), pattern=r"^[0-9]{1,6}$"),
        # [D RCS-DOCS] for a launch these must equal the agent's HELP/STOP replies; the rule is not public.
        text("complianceKeywords.helpResponse", "CONDITIONAL", length=(1, 160)),
        text("complianceKeywords.stopResponse", "CONDITIONAL", length=(1, 160)),
    ],
)


# -- registration types known by name only: evidence stops at the name (an empty form) ---------------------

# [D RCS-DOCS "supported countries"]: the docs count 22 countries; these 19 are named.
RCS_LAUNCH_COUNTRIES = (
    *("AT", "BR", "CA", "CO", "CZ", "DK", "DO", "FR", "DE", "GT", "IT", "MX", "NL", "NO", "PE", "SG", "ES"),
    *("GB", "US"),
)
NAMED_ONLY = (
    "ZZ_LONG_CODE_REGISTRATION",  # [D] the EventBridge example of a registration status change
    "GB_LONG_CODE_REGISTRATION",  # [O] a completed UK long code registration
    "NOTIFY_TIER_UPGRADE_REGISTRATION",  # [O] Notify's Basic-to-Advanced upgrade
    *(f"{country}_RCS_LAUNCH_REGISTRATION" for country in RCS_LAUNCH_COUNTRIES),  # [D]
)


def _named_only(registration_type: str) -> TypeDefinition:
    """[I] A title from the name: acronyms and country codes (three letters or fewer) as they are."""
    words = registration_type.removesuffix("_REGISTRATION").split("_")
    spelled = [word if len(word) <= 3 else word.lower() for word in words]
    title = " ".join(spelled)
    return TypeDefinition(
        registration_type, DisplayHints(f"{title[:1].upper()}{title[1:]} registration"), [], [], []
    )


# Every type the fake knows, in the order DescribeRegistrationTypeDefinitions lists them.
REGISTRATION_TYPES: dict[str, TypeDefinition] = {
    definition.registration_type: definition
    for definition in (
        US_TOLL_FREE_REGISTRATION,
        US_TEN_DLC_BRAND_REGISTRATION,
        US_TEN_DLC_BRAND_VETTING,
        US_TEN_DLC_CAMPAIGN_REGISTRATION,
        GB_SENDER_ID_REGISTRATION,
        ID_SENDER_ID_REGISTRATION,
        IN_SENDER_ID_REGISTRATION,
        TEST_RCS_LAUNCH_REGISTRATION,
        *(_named_only(name) for name in NAMED_ONLY),
    )
}


def definition(registration_type: str) -> TypeDefinition | None:
    return REGISTRATION_TYPES.get(registration_type)


# -- which registrations a phone number needs before it can send -----------------------------------------

# (IsoCountryCode, NumberType) -> the registration types, one of which must be approved (and the number
# associated with it) before a number of that type and country is ACTIVE. A number of these requested
# without one is PENDING, cannot send or join a pool, and turns ACTIVE when a registration it is associated
# with is approved.
#
# US toll-free: "a toll-free number stays PENDING until its registration is approved" [O field reports]; the
# number is associated with the registration before it is submitted [D UG-CLI]. US 10DLC: "you cannot request
# a 10DLC number first", it is associated with the approved campaign [O], which names its brand [O]; a number
# requested before is PENDING like a toll-free one [I]. AWS's user guide also lists registrations for
# dedicated numbers (long or short codes) in AU, AT, CL, DK, FI, DE, HK, HU, IN, IT, NL, NO, PL, PT, ES, SE
# and GB [D], but not what a number requested there without one looks like: evidence stops here, and those
# numbers (like every LONG_CODE, and SIMULATOR numbers, AWS's test numbers) are ACTIVE at once [I].
REQUIRED_REGISTRATIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("US", "TOLL_FREE"): ("US_TOLL_FREE_REGISTRATION",),
    ("US", "TEN_DLC"): ("US_TEN_DLC_CAMPAIGN_REGISTRATION",),
}


def required_registrations(iso_country_code: str, number_type: str) -> tuple[str, ...]:
    """The registration types one of which a number of this country and type needs to send (none: none)."""
    return REQUIRED_REGISTRATIONS.get((iso_country_code, number_type), ())
