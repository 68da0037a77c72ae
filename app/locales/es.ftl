# Partner2Connect pledges: Spanish (español).
app-name = Compromisos de Partner2Connect
itu-short = UIT
tagline = Coalición Digital Partner2Connect: compromisos para conectar a quienes son más difíciles de conectar
skip-to-content = Ir al contenido
language = Idioma
footer-text = La Coalición Digital Partner2Connect está dirigida por la Unión Internacional de Telecomunicaciones (UIT).
meta-description = Compromisos de gobiernos, empresas, ONG y universidades para conectar a quienes son más difíciles de conectar, verificados por la UIT y publicados en el compendio de compromisos de Partner2Connect.
nav-compendium = Compendio de compromisos
nav-new-pledge = Nuevo compromiso
nav-my-pledges = Nuestros compromisos
nav-review = Pendientes de revisión
sign-in = Iniciar sesión
sign-out = Cerrar sesión
signed-in-as = Sesión iniciada como { $name } ({ $organisation })
compendium-title = Compendio de compromisos
compendium-intro = Compromisos para cerrar la brecha digital, publicados tras el proceso de diligencia debida de la UIT.
compendium-count =
    { $count ->
        [one] { $count } compromiso publicado
        [many] { $count } compromisos publicados
       *[other] { $count } compromisos publicados
    }
compendium-empty = Todavía no se ha publicado ningún compromiso.
loading = Cargando…
by = por { $organisation }
published-on = Publicado el { $date }
benefits = Beneficios
field-title = Título
field-description = Descripción
field-type = Tipo de compromiso
field-focus-areas = Ámbitos prioritarios
field-benefits = Beneficio para los PMA, los PDSL y los PEID
hint-title = Una sola línea que indique a qué se compromete, por ejemplo, «Conectar 500 escuelas rurales de Rwanda para 2027».
hint-description = Qué, dónde, para quién, para cuándo y con quién. Indique cifras y fechas para que se puedan medir los avances.
hint-focus-areas = Elija al menos uno.
hint-benefits = Indique para cada grupo si el compromiso lo beneficia y en qué medida.
choose-type = Elija un tipo
new-pledge-title = Presentar un compromiso
new-pledge-intro = Los revisores de la UIT examinan cada compromiso antes de publicarlo en el compendio.
submit-pledge = Enviar para revisión
submitting = Enviando…
type-financial = Financiación
type-project = Proyecto
type-policy = Política pública
type-advocacy = Promoción
fa-access = Acceso
fa-access-meaning = Conectar a las personas en todas partes
fa-adoption = Adopción
fa-adoption-meaning = Empoderar a las comunidades
fa-value-creation = Creación de valor
fa-value-creation-meaning = Construir ecosistemas digitales
fa-accelerate = Aceleración
fa-accelerate-meaning = Incentivar las inversiones
group-ldc = Países menos adelantados (PMA)
group-lldc = Países en desarrollo sin litoral (PDSL)
group-sids = Pequeños Estados insulares en desarrollo (PEID)
group-ldc-short = PMA
group-lldc-short = PDSL
group-sids-short = PEID
benefit-none = No destinatario
benefit-partly = En parte (uno de varios grupos)
benefit-mainly = Beneficiario principal
status-draft = Borrador
status-submitted = Enviado
status-in-review = En revisión
status-changes-requested = Cambios solicitados
status-published = Publicado
status-rejected = Rechazado
status-withdrawn = Retirado
my-pledges-title = Compromisos de nuestra organización
my-pledges-empty = Su organización todavía no ha presentado ningún compromiso.
col-title = Título
col-type = Tipo
col-status = Estado
col-organisation = Organización
col-submitted = Fecha de envío
col-actions = Acciones
pledge-submitted-notice = Su compromiso se ha enviado. Los revisores de la UIT lo examinarán antes de publicarlo.
review-title = Compromisos pendientes de revisión
review-intro = Compromisos a la espera de la diligencia debida, del más antiguo al más reciente.
review-empty = No hay compromisos pendientes de revisión.
approve = Aprobar y publicar
approving = Publicando…
approved-notice = El compromiso se ha aprobado y ya figura en el compendio público.
login-title = Iniciar sesión
login-intro = Inicie sesión con la dirección de correo electrónico que registró su organización.
email = Dirección de correo electrónico
password = Contraseña
login-button = Iniciar sesión
err-invalid-credentials = La dirección de correo electrónico o la contraseña no son correctas.
err-not-signed-in = Inicie sesión para continuar.
err-forbidden = Su cuenta no tiene permiso para realizar esta acción.
err-not-found = No hemos encontrado lo que ha solicitado.
err-conflict = Otra persona acaba de modificar este compromiso. La lista muestra ahora su estado actual.
err-invalid-transition = Esta acción no es posible en el estado actual del compromiso.
err-own-organisation = No puede revisar un compromiso de su propia organización.
err-internal = Se ha producido un error en nuestro sistema. No se ha perdido nada de lo que introdujo; vuelva a intentarlo.
err-validation = Corrija los campos señalados a continuación.
err-unavailable = No se ha podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
v-title-length = El título debe tener entre 5 y 200 caracteres.
v-description-length = La descripción debe tener entre 20 y 10.000 caracteres.
v-type-required = Elija el tipo de compromiso.
v-focus-area-required = Elija al menos un ámbito prioritario.
v-benefit-required = Indique para cada grupo si el compromiso lo beneficia.
v-email = Introduzca una dirección de correo electrónico válida, como nombre@example.org.
v-password-required = Introduzca su contraseña.
not-found-title = Página no encontrada
not-found-body = La página que ha solicitado no existe o se ha trasladado.
back-home = Ir al compendio de compromisos
st-government = Gobierno
st-private-sector = Sector privado
st-international-organisation = Organización internacional
st-un-entity = Entidad de las Naciones Unidas
st-financial-institution = Institución financiera internacional
st-civil-society = Sociedad civil / ONG
st-academia = Instituciones académicas
st-philanthropy = Filantropía / fundación
st-youth = Organización juvenil (Generation Connect)
region-africa = África
region-americas = Américas
region-arab-states = Estados Árabes
region-asia-pacific = Asia-Pacífico
region-cis = CEI
region-europe = Europa
kap-affordable-connectivity = Conectividad asequible
kap-digital-transformation = Transformación digital
kap-enabling-environment = Entorno político y reglamentario propicio
kap-resource-mobilization = Movilización de recursos y cooperación internacional
kap-inclusive-secure-ict = Telecomunicaciones/TIC integradoras y seguras para el desarrollo sostenible
sdg-1 = 1. Fin de la pobreza
sdg-2 = 2. Hambre cero
sdg-3 = 3. Salud y bienestar
sdg-4 = 4. Educación de calidad
sdg-5 = 5. Igualdad de género
sdg-6 = 6. Agua limpia y saneamiento
sdg-7 = 7. Energía asequible y no contaminante
sdg-8 = 8. Trabajo decente y crecimiento económico
sdg-9 = 9. Industria, innovación e infraestructura
sdg-10 = 10. Reducción de las desigualdades
sdg-11 = 11. Ciudades y comunidades sostenibles
sdg-12 = 12. Producción y consumo responsables
sdg-13 = 13. Acción por el clima
sdg-14 = 14. Vida submarina
sdg-15 = 15. Vida de ecosistemas terrestres
sdg-16 = 16. Paz, justicia e instituciones sólidas
sdg-17 = 17. Alianzas para lograr los objetivos
err-too-many-requests = Demasiados intentos. Espere unos minutos y vuelva a intentarlo.
err-cross-site = Este formulario se envió desde otro sitio web, por lo que se ha rechazado. No se ha modificado nada.
err-too-large = El contenido enviado es demasiado grande y no se puede aceptar.
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# Fecha dentro de un texto, por ejemplo, «23 de noviembre de 2026». $day y $year son cifras; $month es uno de los mensajes month-1 a month-12.
date-long = { $day } de { $month } de { $year }
# Un momento, por ejemplo, «23 de noviembre de 2026, a las 14:05 UTC». $time está en formato de 24 horas (horas:minutos).
date-time = { $date }, a las { $time } UTC

## Accounts, organisations and the coalition (issue 11)
nav-coalition = Coalición
nav-register = Registrarse
nav-organisation = Nuestra organización
nav-coalition-desk = Gestión de la Coalición
nav-account = Mi cuenta
role-stakeholder = Parte interesada
role-org-admin = Administrador de la organización
role-reviewer = Revisor de la UIT
role-admin = Administrador de la UIT
role-organiser = Organizador de la Mesa Redonda
constituency-generation-connect = Generation Connect (jóvenes)
verification-pending = Pendiente de verificación por la UIT
verification-verified = Verificada por la UIT
verification-rejected = No verificada
membership-pending = Pendiente de aprobación
membership-active = Miembro
membership-declined = Solicitud rechazada
letter-submitted = Enviada, pendiente de decisión de la UIT
letter-accepted = Aceptada: miembro de ámbito prioritario
letter-declined = Rechazada
leader-applied = Candidatura presentada
leader-nominated = Líder de ámbito prioritario
leader-declined = Candidatura rechazada
leader-revoked = Liderazgo revocado
err-organisation-not-verified = La UIT todavía no ha verificado esta organización, por lo que sus compromisos no se pueden publicar.
err-email-not-verified = Confirme primero su dirección de correo electrónico abriendo el enlace que le enviamos. Puede solicitar un nuevo enlace a continuación.
err-membership-pending = El administrador de su organización todavía no ha aprobado su solicitud para unirse a ella. Recibirá un correo electrónico cuando lo haga.
err-leader-seats-full = Este ámbito prioritario ya tiene cinco líderes. Revoque a uno antes de nombrar a otro.
v-name = Introduzca su nombre (120 caracteres como máximo).
v-org-name = Introduzca el nombre de la organización (entre 2 y 200 caracteres).
v-org-description = Describa la organización en un texto de entre 20 y 2000 caracteres.
v-one-line = Este campo debe ocupar una sola línea.
v-choice = Elija una de las opciones.
v-org-choice = Indique si desea registrar una nueva organización o unirse a una ya existente.
v-email-taken = Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión o restablezca su contraseña.
v-org-taken = Ya hay una organización registrada con este nombre. Solicite unirse a ella.
v-password-length = Utilice entre 10 y 128 caracteres.
v-password-weak = Esta contraseña es demasiado fácil de adivinar. Utilice una frase más larga, formada por palabras sin relación entre sí.
v-password-wrong = Esta no es su contraseña actual.
v-url = Introduzca una dirección web que empiece por https:// (o deje el campo vacío).
v-statement = Describa su función en un texto de entre 50 y 5000 caracteres.
v-commitment = Describa el compromiso en un texto de entre 20 y 2000 caracteres.
v-signatory = Introduzca entre 2 y 120 caracteres.
v-date = Introduzca una fecha comprendida entre el 1 de enero de 2021 y hoy.
v-confirm = Marque esta casilla para confirmar.
v-reason = Indique un motivo (entre 3 y 2000 caracteres); la organización lo leerá.
v-pdf = Este archivo no es un documento PDF. Adjunte la carta firmada en formato PDF.
v-pdf-too-large = El archivo supera los 5 MB.
v-link-invalid = Este enlace ha caducado o ya se ha utilizado. Solicite uno nuevo.
register-title = Registre su organización
register-intro = Cree su cuenta y registre su organización, o solicite unirse a una organización ya registrada. Le enviaremos un enlace para confirmar su dirección de correo electrónico.
register-about-you = Sus datos
field-name = Su nombre
field-email = Dirección de correo electrónico
field-password = Contraseña
hint-password = Al menos 10 caracteres. Una frase formada por varias palabras sin relación entre sí es fácil de recordar y difícil de adivinar.
field-language = Idioma de los correos electrónicos
register-organisation = Su organización
org-choice-new = Registrar una nueva organización
org-choice-join = Unirse a una organización ya registrada
field-org-name = Nombre de la organización
field-stakeholder-type = Tipo de organización
choose-option = Elija…
field-country = País (sede)
field-website = Sitio web (opcional)
field-org-description = Breve descripción de la organización
field-join-organisation = Organización a la que desea unirse
register-button = Registrarse
register-apply-to-lead = Nuestra organización también solicita ser líder de un ámbito prioritario (opcional).
register-done-title = Consulte su correo electrónico
register-done = Le hemos enviado un enlace para confirmar su dirección de correo electrónico. Ábralo en un plazo de 48 horas y, a continuación, inicie sesión.
verify-title = Confirme su dirección de correo electrónico
verify-button = Confirmar mi dirección de correo electrónico
verify-done = Su dirección de correo electrónico se ha confirmado. Ya puede iniciar sesión.
resend-title = Volver a enviar el enlace
resend-intro = Introduzca su dirección de correo electrónico y le enviaremos un nuevo enlace de confirmación si la cuenta todavía lo necesita.
resend-button = Enviar un nuevo enlace
resend-done = Si hay una cuenta con esta dirección pendiente de confirmación, se le está enviando un nuevo enlace.
forgot-link = ¿Ha olvidado su contraseña?
register-link = ¿Primera visita? Registre su organización
forgot-title = Restablezca su contraseña
forgot-intro = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña, que será válido durante una hora.
forgot-button = Enviar el enlace
forgot-done = Si existe una cuenta con esta dirección, se le está enviando un enlace para restablecer la contraseña.
reset-title = Elija una nueva contraseña
field-new-password = Nueva contraseña
reset-button = Guardar la nueva contraseña
reset-done = Su contraseña se ha modificado y se han cerrado todas las sesiones. Inicie sesión con la nueva contraseña.
account-title = Mi cuenta
account-password-title = Cambiar la contraseña
field-current-password = Contraseña actual
change-password-button = Cambiar la contraseña
change-password-done = Su contraseña se ha modificado. Se han cerrado sus demás sesiones.
account-email-title = Cambiar la dirección de correo electrónico
field-new-email = Nueva dirección de correo electrónico
change-email-button = Enviar un enlace de confirmación
change-email-done = Hemos enviado un enlace a la nueva dirección. El cambio se hará efectivo cuando lo abra.
confirm-email-title = Confirme su nueva dirección de correo electrónico
confirm-email-button = Usar esta dirección
confirm-email-done = Su dirección de correo electrónico se ha modificado.
org-title = Nuestra organización
org-status = Verificación
org-reason = Motivo indicado por la UIT: { $reason }
join-requests-title = Solicitudes de adhesión
join-requests-empty = No hay ninguna solicitud de adhesión pendiente.
approve-button = Aprobar
decline-button = Rechazar
leader-title = Liderar un ámbito prioritario
leader-intro = La UIT nombra a los líderes de ámbito prioritario, con un máximo de cinco por ámbito. El máximo responsable de cada organización líder asiste a la Mesa Redonda y habla en nombre de la Coalición.
field-focus-area = Ámbito prioritario
field-constituency = Grupo de partes interesadas
field-commitment = El compromiso de gran impacto que su organización se propone asumir en la Mesa Redonda
field-leader-will-attend = Nuestro máximo responsable asistirá a la Mesa Redonda y hablará en nombre de la Coalición.
leader-apply-button = Presentar la candidatura
leader-applied-done = Su candidatura se ha enviado a la UIT.
letter-title = Carta de intención
letter-intro = Una vez aceptada por la UIT, la carta de intención convierte a su organización en miembro de ámbito prioritario: con ella, usted confirma que participará activamente en la preparación de la Mesa Redonda.
field-letter-areas = Ámbitos prioritarios
field-statement = La función activa que desempeñará su organización en la preparación de la Mesa Redonda
field-signatory-name = Nombre del signatario
field-signatory-title = Cargo del signatario
field-signed-on = Fecha de la firma
field-pdf = Carta firmada (PDF, hasta 5 MB, opcional)
hint-pdf = Si se rechaza el formulario, vuelva a adjuntar el archivo.
letter-button = Enviar la carta de intención
letter-done = Su carta de intención se ha enviado a la UIT. Le comunicaremos la decisión por correo electrónico.
letter-open = Su organización ya tiene una carta de intención enviada o aceptada.
letters-title = Nuestras cartas de intención
download-pdf = Carta firmada (PDF)
desk-title = Gestión de la Coalición
desk-organisations = Organizaciones pendientes de verificación
desk-organisations-empty = No hay ninguna organización pendiente.
verify-org-button = Verificar
reject-org-button = Rechazar
field-reason = Motivo
desk-leaders = Líderes de ámbito prioritario y candidaturas
desk-leaders-empty = Todavía no hay candidaturas ni líderes.
nominate-button = Nombrar
revoke-button = Revocar
desk-seats = { $area }: { $count } de 5 líderes
desk-nominate-title = Nombrar directamente a un líder
field-organisation = Organización
desk-letters = Cartas de intención
desk-letters-empty = No hay ninguna carta pendiente.
accept-button = Aceptar
desk-people = Personas y funciones
field-role = Función
set-role-button = Cambiar la función
saved = Guardado.
col-country = País
col-areas = Ámbitos prioritarios
col-person = Persona
coalition-title = La Coalición Digital Partner2Connect
coalition-intro = Organizaciones que lideran los cuatro ámbitos prioritarios de la Coalición o participan en ellos.
coalition-leaders = Líderes
coalition-members = Miembros
coalition-none = Todavía no hay ninguna.
mail-signature = Coalición Digital Partner2Connect, Unión Internacional de Telecomunicaciones
mail-verify-subject = Confirme su dirección de correo electrónico para Partner2Connect
mail-verify-body = Estimado/a { $name }:

    Le rogamos que confirme su dirección de correo electrónico abriendo este enlace en un plazo de 48 horas:

    { $link }

    Si usted no se ha registrado, haga caso omiso de este mensaje.
mail-new-email-subject = Confirme su nueva dirección de correo electrónico para Partner2Connect
mail-new-email-body = Estimado/a { $name }:

    Abra este enlace en un plazo de 24 horas para utilizar esta dirección en su cuenta de Partner2Connect:

    { $link }

    Si no lo ha solicitado, haga caso omiso de este mensaje; no se modificará nada.
mail-reset-subject = Restablezca su contraseña de Partner2Connect
mail-reset-body = Estimado/a { $name }:

    Abra este enlace en un plazo de una hora para elegir una nueva contraseña:

    { $link }

    Si no lo ha solicitado, haga caso omiso de este mensaje; su contraseña seguirá siendo la misma.
mail-join-request-subject = { $person } solicita unirse a { $organisation }
mail-join-request-body = Estimado/a { $name }:

    { $person } solicita unirse a { $organisation } en Partner2Connect. Apruebe o rechace la solicitud aquí:

    { $link }
mail-join-decision-subject = Su solicitud para unirse a { $organisation }
mail-join-approved-body = Estimado/a { $name }:

    Se ha aprobado su solicitud para unirse a { $organisation }. Ya puede iniciar sesión:

    { $link }
mail-join-declined-body = Estimado/a { $name }:

    El administrador de { $organisation } ha rechazado su solicitud para unirse a la organización.
mail-org-verified-subject = Organización verificada: { $organisation }
mail-org-verified-body = Estimado/a { $name }:

    La UIT ha verificado { $organisation }. A partir de ahora, sus compromisos podrán publicarse una vez revisados.
mail-org-rejected-subject = No se ha podido verificar { $organisation }
mail-org-rejected-body = Estimado/a { $name }:

    La UIT no ha podido verificar { $organisation }. Motivo indicado:

    { $reason }
mail-leader-subject = { $organisation }, líder de ámbito prioritario
mail-leader-body = Estimado/a { $name }:

    La UIT ha nombrado a { $organisation } líder del ámbito prioritario { $area }. Consulte la página de la Coalición:

    { $link }
mail-letter-received-subject = Carta de intención recibida
mail-letter-received-body = Estimado/a { $name }:

    La UIT ha recibido la carta de intención de { $organisation }. Volveremos a escribirle cuando se haya adoptado una decisión.
mail-letter-decided-subject = Su carta de intención: decisión
mail-letter-accepted-body = Estimado/a { $name }:

    La UIT ha aceptado la carta de intención de { $organisation }, que ahora es miembro de ámbito prioritario:

    { $link }
mail-letter-declined-body = Estimado/a { $name }:

    La UIT ha rechazado la carta de intención de { $organisation }. Motivo indicado:

    { $reason }

## The full pledge (issue 12)
edit-pledge-title = Modificar el compromiso
section-about = Información general del compromiso
field-summary = Resumen
hint-summary = Un párrafo (de 20 a 600 caracteres) que el compendio muestra bajo el título.
section-scope = Ámbito geográfico del compromiso
hint-scope = Todo el mundo, una o varias regiones de la UIT y/o determinados países. Elija al menos una opción.
field-scope-global = Mundial
field-scope-regions = Regiones de la UIT
field-scope-countries = Países
search-countries = Buscar países
chosen-countries = Seleccionados:
section-money = Aspectos financieros
hint-money = Un compromiso de financiación indica el importe comprometido; los demás compromisos pueden indicar un valor estimado.
field-amount = Importe
hint-amount = En cifras, con coma o punto para los decimales; por ejemplo, 2.500.000,50
field-currency = Moneda
choose-currency = Elija una moneda
field-benefit-level = Beneficio
field-benefit-share = Proporción de los recursos (%)
hint-benefit-share = Opcional: un número entero de 0 a 100.
field-benefit-statement = Cómo se beneficia el grupo
flags-heading = Compruebe sus respuestas sobre los PMA, los PDSL y los PEID:
flags-on = Coherencia del beneficio declarado, evaluada con fecha { $date }:
flag-ldc-not-in-scope = Indica que el compromiso beneficia a los PMA, pero ningún país ni región de su ámbito geográfico incluye un PMA.
flag-lldc-not-in-scope = Indica que el compromiso beneficia a los PDSL, pero ningún país ni región de su ámbito geográfico incluye un PDSL.
flag-sids-not-in-scope = Indica que el compromiso beneficia a los PEID, pero ningún país ni región de su ámbito geográfico incluye un PEID.
flag-sids-for-landlocked = Indica que el compromiso beneficia a los PEID, pero todos los países de su ámbito geográfico carecen de litoral.
section-targets = Metas
hint-targets = Al menos una meta medible: qué se cuenta, a partir de qué valor de referencia, hasta qué valor y para cuándo. Deje vacías las filas que no utilice.
target-number = Meta { $n }
field-indicator = Indicador
field-baseline = Valor de referencia (opcional)
field-target-value = Valor de la meta
field-unit = Unidad
field-due = Fecha límite
add-target = Añadir una meta
section-dates = Fechas
field-start-date = Fecha de inicio
field-end-date = Fecha de finalización
section-frameworks = ODS y Plan de Acción de Kigali
field-sdgs = Objetivos de Desarrollo Sostenible
field-kap = Prioridades del Plan de Acción de Kigali
hint-optional = Opcional.
section-contact = Persona de contacto
hint-contact = La UIT se dirige a esta persona para todo lo relativo al compromiso. Estos datos nunca se publican.
field-contact-name = Nombre
field-contact-email = Dirección de correo electrónico
field-consent = Aceptamos que la UIT publique este compromiso en el compendio una vez revisado.
save-draft = Guardar el borrador
draft-saving = Guardando…
draft-saved-at = Borrador guardado el { $time }
draft-save-failed = No se ha guardado: compruebe su conexión. Lo que ha escrito sigue aquí y se guardará con su próximo cambio.
draft-saved-notice = Su borrador se ha guardado. Puede volver a él en cualquier momento desde «Nuestros compromisos».
pledge-not-editable = Este compromiso no se puede modificar en este momento: está en revisión o cerrado.
back-to-pledge = Volver al compromiso
untitled-draft = Borrador sin título
edit-pledge = Modificar el compromiso
continue-editing = Seguir modificando
withdraw-pledge = Retirar el compromiso
withdraw-reason = ¿Por qué lo retira? (La UIT leerá este texto.)
pledge-withdrawn-notice = El compromiso se ha retirado.
revision-of = Versión { $n } del { $date }
revisions-heading = Versiones
public-revision = Pública
history-heading = Historial
col-when = Fecha
col-who = Autor
col-message = Mensaje
col-part = Su función
part-lead = Organización principal
part-confirmed = Asociado
part-invited = Invitada
part-declined = Invitación rechazada
partners-heading = Asociados
partners-intro = Los compromisos conjuntos se contabilizan una sola vez en cada total. Los asociados confirmados figuran en el compromiso junto con la organización principal.
invitation-question = Se invita a su organización a ejecutar conjuntamente este compromiso. ¿Lo confirma?
confirm-partnership = Confirmar
decline-partnership = Rechazar
invite-partner-label = Invitar a una organización registrada
choose-organisation = Elija una organización
invite-partner = Enviar la invitación
partner-invited-notice = La invitación se ha enviado.
remove-partner = Quitar
partners-may-edit = Los asociados confirmados pueden modificar y enviar este compromiso.
partners-may-not-edit = Solo su organización puede modificar este compromiso.
allow-partner-editing = Permitir que los asociados lo modifiquen
stop-partner-editing = Dejar de permitir que los asociados lo modifiquen
with-partners = con { $partners }
share-percent = { $share } % de los recursos
usd-label = Equivalente en dólares de los Estados Unidos
usd-equivalent = { $usd } USD (a razón de { $rate } USD por unidad, tipo de cambio del { $date })
usd-not-converted = Aún sin convertir: la UIT no dispone de un tipo de cambio para esta moneda en la fecha de envío.
rates-title = Tipos de cambio
rates-intro = Valor en dólares de los Estados Unidos de una unidad de cada moneda, por fecha. Cada compromiso se convierte al tipo más reciente vigente en su fecha de envío o en una fecha anterior, y conserva ese tipo.
field-rate-date = Fecha
field-usd-per-unit = Dólares de los Estados Unidos por unidad
hint-usd-per-unit = Por ejemplo, 1,0825 para el euro.
add-rate = Añadir un tipo de cambio
v-summary-length = El resumen debe tener entre 20 y 600 caracteres.
v-statement-length = Escriba entre 10 y 500 caracteres.
v-percent = Introduzca un número entero de 0 a 100 o deje el campo vacío.
v-indicator = Indique qué se cuenta (entre 3 y 200 caracteres).
v-unit = Indique la unidad (40 caracteres como máximo), como «escuelas» o «personas».
v-quantity = Introduzca un número, como 500 o 12,5.
v-pledge-date = Introduzca una fecha comprendida entre 2000 y 2100.
v-consent = Marque esta casilla para enviar el compromiso: la UIT solo publica los compromisos que está autorizada a publicar.
v-date-order = La fecha de finalización no puede ser anterior a la fecha de inicio.
v-scope = Elija el ámbito geográfico del compromiso: mundial, una región o un país.
v-amount-required = Un compromiso de financiación debe indicar el importe comprometido.
v-currency = Elija la moneda del importe.
v-amount = Introduzca el importe en cifras, como 2500000 o 2.500.000,50.
v-amount-positive = El importe debe ser superior a cero.
v-amount-too-large = El importe es demasiado elevado; compruebe el número de cifras.
v-amount-decimals = Esta moneda no admite tantos decimales.
v-share-without-benefit = Un grupo que no se beneficia del compromiso no puede recibir una proporción de los recursos.
v-benefit-statement = Indique en una frase cómo se beneficia este grupo.
v-target-required = Indique al menos una meta.
v-too-many-targets = Indique 20 metas como máximo.
v-target-due = La fecha límite debe estar comprendida entre las fechas de inicio y de finalización del compromiso.
v-partner-choice = Elija una organización verificada por la UIT.
v-partner-already = Esta organización ya figura en el compromiso.
v-rate = Introduzca un número positivo, como 1,0825.
v-rate-taken = Ya existe un tipo de cambio para esta moneda en esta fecha.
mail-partner-invited-subject = Invitación a un compromiso conjunto: { $title }
mail-partner-invited-body = Estimado/a { $name }:

    { $organisation } invita a su organización a ejecutar conjuntamente su compromiso «{ $title }». Acepte o rechace la invitación aquí:

    { $link }
mail-partner-answered-subject = Su invitación a un compromiso conjunto: { $title }
mail-partner-confirmed-body = Estimado/a { $name }:

    { $organisation } ha confirmado que ejecutará conjuntamente el compromiso «{ $title }»:

    { $link }
mail-partner-declined-body = Estimado/a { $name }:

    { $organisation } ha rechazado la invitación a ejecutar conjuntamente el compromiso «{ $title }»:

    { $link }
review-message = Mensaje para la organización
request-changes = Solicitar cambios
reject = Rechazar
ldc-when-pledged = { $country } (PMA en el momento del compromiso)

## Due diligence (issue 13)
status-second-approval = Pendiente de segunda aprobación
status-unpublished = Retirado de la publicación
action-submit = Enviado
action-claim = Asumido
action-assign = Asignado
action-release = Liberado
action-approve = Aprobado
action-reject = Rechazado
action-request-changes = Cambios solicitados
action-resubmit = Reenviado
action-revise = Modificado
action-withdraw = Retirado
action-unpublish = Retirado de la publicación
apply-filters = Filtrar
clear-filters = Borrar los filtros
filter-any = Cualquiera
filter-region = Región de la UIT (del ámbito geográfico)
filter-usd-min = Valor desde (USD)
filter-usd-max = Valor hasta (USD)
filter-min-days = En espera desde hace al menos (días)
filter-assignee = A cargo de
filter-sort = Orden
sort-oldest = Primero los más antiguos
sort-newest = Primero los más recientes
sort-value = Primero los de mayor valor
assignee-me = Yo
assignee-nobody = Nadie
queue-filters = Filtrar los compromisos pendientes de revisión
queue-states = Estados de los compromisos pendientes de revisión
queue-count =
    { $count ->
        [one] { $count } compromiso cumple los criterios
        [many] { $count } compromisos cumplen los criterios
       *[other] { $count } compromisos cumplen los criterios
    }
col-usd = Valor (USD)
col-waiting = En espera
col-assignee = A cargo de
col-similarity = Similitud
days-waiting =
    { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }
pages = Páginas
page-of = Página { $page } de { $pages }
previous-page = Página anterior
next-page = Página siguiente
back-to-queue = Volver a los compromisos pendientes de revisión
open-review = Abrir en la página de revisión
desk-heading = Quién tiene a su cargo este compromiso
held-by = A cargo de { $name }.
held-by-you = Usted tiene a su cargo este compromiso.
held-by-nobody = Nadie tiene todavía a su cargo este compromiso.
first-approval-by = { $name } ha otorgado la primera aprobación; la segunda debe darla otro revisor.
four-eyes-needed = Requiere dos aprobaciones
claim-pledge = Hacerse cargo
release-pledge = Liberar
assign-to = Asignar a
assign-pledge = Asignar
organisation-heading = Organización
verification-heading = Verificación
approval-needs-verified = Esta organización todavía no está verificada: el compromiso no podrá aprobarse hasta que la UIT la verifique.
changes-since = Cambios desde la versión { $n }
no-changes = No se ha modificado nada desde esa versión.
consistency-heading = Coherencia del beneficio declarado para los PMA, los PDSL y los PEID
duplicates-heading = Posibles duplicados
no-duplicates = No se ha encontrado ningún compromiso similar publicado o pendiente.
similarity-score = { $score } %
decision-heading = Diligencia debida y decisión
checklist-heading = Lista de verificación de la diligencia debida
check-entity-verified = La entidad está verificada
check-focus-area-alignment = Se ajusta a los ámbitos prioritarios que indica
check-type-correct = El tipo de compromiso es correcto
check-realistic-measurable = Es realista y medible
check-group-claim-consistent = El beneficio declarado para los PMA, los PDSL y los PEID es coherente con el ámbito geográfico
check-value-plausible = El valor es verosímil
check-not-duplicate = No es un duplicado
check-pass = Cumple
check-fail = No cumple
check-not-applicable = No procede
check-note = Nota (obligatoria si un punto no se cumple)
review-message-hint = Obligatorio para solicitar cambios o rechazar el compromiso; la organización lo leerá.
decision-recorded = Se ha registrado la decisión. Estado actual del compromiso: { $status }.
unpublish-pledge = Retirar la publicación de este compromiso
unpublish-reason = Motivo de la retirada (la organización leerá este texto)
reviewer-says = Mensaje de la UIT
conversation-heading = Conversación con la UIT
conversation-empty = Todavía no hay mensajes.
write-to-itu = Escribir a los revisores de la UIT
write-to-organisation = Escribir a la organización
internal-note-only = Nota interna: solo la ven los revisores de la UIT
internal-note = Nota interna
from-itu = UIT
send-message = Enviar
diff-scope = Ámbito geográfico
diff-targets = Metas
diff-dates = Fechas
diff-contact = Persona de contacto
audit-title = Registro de auditoría
audit-intro = Todos los cambios de estado de todos los compromisos y todos los hechos de la coalición (organizaciones verificadas, líderes nombrados, cartas de intención resueltas, funciones asignadas, contraseñas y direcciones de correo cambiadas): quién, cuándo, de qué estado a cuál, por qué y con qué lista de verificación. Las entradas no se pueden modificar ni eliminar.
audit-filters = Filtrar el registro de auditoría
audit-who = Quién (nombre o dirección de correo electrónico)
audit-from = Desde
audit-until = Hasta
audit-action = Qué
audit-pledge = Compromiso
audit-from-to = Cambio
audit-revision = versión { $id }
audit-count =
    { $count ->
        [one] { $count } entrada
        [many] { $count } entradas
       *[other] { $count } entradas
    }
download-csv = Descargar en formato CSV
err-claimed-by-colleague = Otro revisor tiene a su cargo este compromiso. Pídale que lo libere o, antes, asígneselo a usted.
err-same-reviewer-twice = Usted otorgó la primera aprobación; la segunda debe darla otro revisor.
v-check-fail-note = Indique qué no se cumple, para que la organización y el próximo revisor lo sepan.
v-check-note-length = La nota debe tener menos de 1000 caracteres.
v-check-missing = Responda a este punto antes de aprobar el compromiso.
v-check-failed = No se puede aprobar un compromiso con un punto que no se cumple: solicite cambios o rechácelo.
v-message-length = Escriba un mensaje de 4000 caracteres como máximo.
mail-pledge-decided-subject = Decisión de la UIT sobre su compromiso: { $title }
mail-pledge-approved-body = Estimado/a { $name }:

    La UIT ha concluido el proceso de diligencia debida de su compromiso «{ $title }» y lo ha publicado en el compendio de compromisos de Partner2Connect. { $message }

    { $link }
mail-pledge-changes-body = Estimado/a { $name }:

    La UIT ha revisado su compromiso «{ $title }» y solicita que se introduzcan cambios antes de publicarlo:

    { $message }

    Modifíquelo y vuelva a enviarlo aquí: { $link }
mail-pledge-rejected-body = Estimado/a { $name }:

    La UIT ha revisado su compromiso «{ $title }» y no puede publicarlo:

    { $message }

    { $link }
mail-pledge-unpublished-body = Estimado/a { $name }:

    La UIT ha retirado su compromiso «{ $title }» del compendio público:

    { $message }

    { $link }
mail-pledge-other-body = Estimado/a { $name }:

    Hay novedades sobre su compromiso «{ $title }». { $message }

    { $link }
mail-pledge-message-subject = Nuevo mensaje sobre el compromiso: { $title }
mail-pledge-message-body = Estimado/a { $name }:

    { $author } ha escrito sobre el compromiso «{ $title }»:

    { $message }

    Responda aquí: { $link }

## The public compendium (issue 14)
nav-dashboard = Panel de datos
compendium-search = Buscar
compendium-search-hint = Palabras del título, del resumen o del nombre de una organización, en cualquier idioma.
compendium-filters = Filtrar el compendio
filter-country = País (del ámbito geográfico)
filter-group = Beneficios
filter-year = Año de publicación
filter-organisation = Organización (principal o asociada)
downloads = Descargar estos compromisos
export-csv = CSV
export-xlsx = Hoja de cálculo Excel (XLSX)
export-json = Datos abiertos (JSON)
export-docx = Compendio en Word (DOCX)
first-page = Primera página
open-dashboard = Ver los totales y los gráficos de estos compromisos
counter-heading = Estos compromisos en cifras
stat-pledges = Compromisos
stat-usd = Valor en dólares de los Estados Unidos
stat-organisations = Organizaciones
stat-governments = Gobiernos
stat-countries = Países mencionados
stat-ldc-share = En beneficio de los PMA
stat-without-usd =
    { $count ->
        [one] { $count } compromiso aún no tiene una cifra en dólares de los Estados Unidos y no se incluye en el valor.
        [many] { $count } compromisos aún no tienen una cifra en dólares de los Estados Unidos y no se incluyen en el valor.
       *[other] { $count } compromisos aún no tienen una cifra en dólares de los Estados Unidos y no se incluyen en el valor.
    }
percent = { $percent } %
public-ref = Referencia
published-label = Fecha de publicación
permalink-hint = Esta página conservará siempre la misma dirección: cite el compromiso como { $reference }.
back-to-compendium = Volver al compendio de compromisos
dashboard-title = Panel de datos de los compromisos
dashboard-intro = Lo que suman los compromisos publicados. Un compromiso conjunto se contabiliza una sola vez; un compromiso con varios ámbitos prioritarios o regiones se contabiliza en cada uno de ellos.
chart-by-focus-area = Por ámbito prioritario
chart-by-type = Por tipo de compromiso
chart-by-stakeholder = Por tipo de organización principal
chart-by-region = Por región de la UIT
chart-by-group = En beneficio de los PMA, los PDSL y los PEID
chart-alt = Gráfico de barras: { $title }. La tabla siguiente presenta las mismas cifras.
col-category = Categoría
as-at = Situación al { $time }
contents-heading = Índice
sheet-summary = Resumen
sheet-all-pledges = Todos los compromisos
col-approved = Fecha de aprobación
col-partners = Asociados
col-lead-organisation = Organización principal
col-as-at = Datos al

## Issue 22: uploads
v-pdf-damaged = Este PDF está dañado o incompleto. Guárdelo o expórtelo de nuevo y adjunte el archivo nuevo.
v-pdf-too-deep = Este PDF no se puede aceptar: su estructura está anidada a demasiada profundidad. Imprímalo en un PDF nuevo y adjunte ese archivo.
v-pdf-unpacks-too-large = Al descomprimirse, este PDF ocupa muchos más datos de los que necesita una carta firmada. Imprímalo en un PDF nuevo y adjunte ese archivo.
v-pdf-zip = Este archivo también es un archivo ZIP. Adjunte un PDF simple de la carta firmada.
## Issue 22: downloads and cache
v-search-too-long = Una búsqueda puede tener como máximo 200 caracteres.
v-search-too-many-terms = Busque como máximo 8 palabras a la vez.
v-search-term-short = Cada palabra de la búsqueda debe tener al menos 2 caracteres; basta un solo carácter chino, japonés o coreano.
v-search-term-long = Una palabra de la búsqueda puede tener como máximo 100 caracteres.
err-busy = El servidor está ocupado preparando otros archivos. Vuelva a intentarlo dentro de unos segundos.
## Issue 22: accounts
mail-register-again-subject = Alguien intentó registrar su dirección de correo electrónico en Partner2Connect
mail-register-again-body = Estimado/a { $name }:

    Alguien, quizá usted, intentó crear una nueva cuenta de Partner2Connect con esta dirección de correo electrónico. La dirección ya tiene una cuenta, por lo que no se ha modificado nada.

    Si fue usted, inicie sesión. Si olvidó su contraseña, elija una nueva aquí:

    { $link }

    Si no fue usted, haga caso omiso de este mensaje; su cuenta sigue igual.
verify-password-intro = Introduzca la contraseña que eligió al registrarse y pulse el botón. Solo la persona que se registró puede confirmar la dirección.
v-registration-password = Esta no es la contraseña elegida al registrar esta dirección.
v-org-taken-meanwhile = Entretanto se ha registrado otra organización con este nombre. Vuelva a registrarse con otro nombre o solicite unirse a ella.
## Issue 22: partners and holes
field-named-partners = Asociados no registrados en la plataforma
field-named-partners-hint = Un nombre por línea, 20 como máximo. Forman parte del compromiso: la UIT los examina con él, y la página pública indica que los designó la organización principal.
v-named-partner = Indique el nombre de cada asociado con 2 a 200 caracteres, un nombre por línea.
v-named-partners-too-many = Indique 20 asociados como máximo.
v-drafts-capped = Su organización ya tiene 200 borradores. Presente o retire algunos antes de empezar otro compromiso.
named-by-lead = designado por la organización principal
named-partners-in-form = Los asociados sin cuenta se indican en el formulario del compromiso; la UIT los examina con el compromiso.
## Issue 22: notices and audit
notices-title = Compromisos pendientes de examen
notices-intro = ¿Cómo desea enterarse de los compromisos que entran en la cola de examen?
notices-each = Un correo por cada compromiso, en cuanto llega
notices-digest = Un resumen diario con los compromisos nuevos
notices-save = Guardar mi elección
notices-saved = Se ha guardado su elección.
mail-notice-received-subject = La UIT ha recibido su compromiso: { $title }
mail-notice-received-body = Estimado/a { $name }:

    La UIT ha recibido su compromiso «{ $title }» para la diligencia debida. Un revisor lo examinará y usted recibirá el resultado por correo electrónico.

    Sígalo aquí: { $link }
mail-notice-withdrawn-subject = Compromiso retirado: { $title }
mail-notice-withdrawn-body = Estimado/a { $name }:

    Se ha retirado su compromiso «{ $title }». Motivo indicado:

    { $reason }

    { $link }
mail-notice-waiting-subject = Un compromiso está pendiente de examen: { $title }
mail-notice-waiting-body = Estimado/a { $name }:

    { $organisation } ha presentado el compromiso «{ $title }», que espera en la cola de examen.

    Examínelo aquí: { $link }
mail-notice-assigned-subject = Se le ha asignado un compromiso: { $title }
mail-notice-assigned-body = Estimado/a { $name }:

    { $person } le ha asignado el examen del compromiso «{ $title }».

    Examínelo aquí: { $link }
mail-notice-second-subject = Se necesita una segunda aprobación: { $title }
mail-notice-second-body = Estimado/a { $name }:

    { $person } ha dado la primera aprobación del compromiso «{ $title }». Por su valor, necesita una segunda aprobación de otro revisor.

    Examínelo aquí: { $link }
mail-notice-digest-subject = Compromisos pendientes de examen: { $count }
mail-notice-digest-body = Estimado/a { $name }:

    Estos compromisos han entrado en la cola de examen desde su último resumen:

    { $pledges }

    Toda la cola: { $link }
mail-notice-digest-line = - { $title } ({ $organisation }): { $link }
audit-about = Objeto
audit-about-pledge = Compromiso
audit-about-organisation = Organización
audit-about-leader = Líder de área prioritaria
audit-about-letter = Carta de intención
audit-about-account = Cuenta
audit-about-partners = Socios de un compromiso
audit-do-verify = Verificar
audit-do-apply = Solicitar ser líder
audit-do-nominate = Nombrar
audit-do-accept = Aceptar
audit-do-decline = Rechazar
audit-do-revoke = Revocar
audit-do-set-role = Cambiar de función
audit-do-change-password = Cambiar la contraseña
audit-do-change-email = Cambiar la dirección de correo electrónico
audit-do-invite = Invitar a un socio
audit-do-confirm = Confirmar la asociación
audit-do-name-partner = Nombrar a un socio
audit-do-remove-partner = Retirar a un socio
audit-do-partner-rights = Derechos de edición de los socios
progress-not-started = Sin iniciar
progress-on-track = Según lo previsto
progress-delayed = Con retraso
progress-completed = Finalizado
progress-cancelled = Cancelado
report-filed = Presentado
report-accepted = Aceptado por la UIT
report-more-requested = La UIT ha solicitado más información
report-taken-down = Retirado por la UIT
light-on-track = Según lo previsto
light-at-risk = En riesgo
light-off-track = Desviado
light-inactive = Inactivo: sin informes durante dos ciclos consecutivos
light-none = Todavía no hay informes
v-progress-status = Elija el estado de los trabajos.
v-progress-percent = Introduzca un número entero de 0 a 100.
v-progress-reason = Indique el motivo en un texto de entre 10 y 1000 caracteres: un compromiso con retraso, finalizado o cancelado requiere un motivo o una nota.
v-narrative-length = Describa lo sucedido en un texto de entre 20 y 5000 caracteres.
v-past-date = Introduzca una fecha comprendida entre 2000 y hoy.
v-links-too-many = Indique 10 enlaces como máximo, uno por línea.
v-evidence-too-large = Un archivo supera los 10 MB.
v-evidence-kind = Adjunte únicamente documentos PDF o imágenes PNG o JPEG.
v-evidence-damaged = Un archivo está dañado o incompleto. Guárdelo o expórtelo de nuevo y adjunte el archivo nuevo.
v-evidence-unsafe = Un archivo no se puede aceptar: su estructura podría perjudicar a quien lo abra. Imprímalo o expórtelo de nuevo.
v-evidence-zip = Un archivo también es un archivo ZIP. Adjunte un PDF o una imagen simples.
v-evidence-too-many = Un informe admite como máximo cinco archivos. Quite uno antes de añadir otro.
v-progress-unpublished = Solo se pueden presentar informes de avance sobre compromisos publicados.
v-cycle-overlap = Este período se solapa con un ciclo ya existente.
v-recipients-required = Elija al menos una persona de su organización.
nav-progress-review = Informes de avance
report-progress = Informar sobre los avances
progress-title = Avance del compromiso
progress-intro = Informe a la UIT y al público sobre la marcha del compromiso. Un informe presentado se hace público de inmediato; los archivos justificativos son privados a menos que los marque como públicos.
progress-owed = Este informe corresponde al ciclo { $cycle } y vence el { $due }.
progress-interim = En este momento no se debe ningún informe de ciclo: este informe es una actualización entre ciclos.
progress-read-only = Solo la organización principal, o un asociado al que esta permita modificar el compromiso, presenta el informe.
field-progress-status = Estado de los trabajos
field-status-reason = Motivo o nota
hint-status-reason = Obligatorio si los trabajos tienen retraso, han finalizado o se han cancelado: indique el motivo o lo que se ha logrado.
field-percent = Porcentaje completado
hint-percent = Un número entero de 0 a 100.
progress-targets = Valores alcanzados por meta
progress-target-line = Meta: { $target } { $unit } para el { $due }
field-value-reached = Valor alcanzado
field-reached-on = Fecha en que se alcanzó
progress-money = Fondos desembolsados hasta la fecha
hint-disbursed = El total desembolsado hasta la fecha, en su moneda. Su valor en dólares de los Estados Unidos se calcula con el tipo de cambio de la UIT de la fecha que indique.
field-disbursed-amount = Importe desembolsado
field-disbursed-currency = Moneda
field-disbursed-on = Fecha del cómputo
field-delivered-countries = Países en los que se obtuvieron resultados
hint-delivered-countries = Mantenga pulsada la tecla Ctrl (o Cmd) para elegir varios.
field-beneficiaries = Beneficiarios alcanzados
field-beneficiaries-unit = Unidad de los beneficiarios
hint-beneficiaries-unit = Por ejemplo, personas, escuelas o centros de salud.
field-narrative = Qué ha sucedido
hint-narrative = De 20 a 5000 caracteres.
field-links = Enlaces a documentación justificativa
hint-links = Una dirección web por línea, 10 como máximo.
field-files = Archivos justificativos
hint-files = PDF, PNG o JPEG, hasta 10 MB por archivo y cinco archivos por informe.
field-files-public = Hacer públicos los archivos de este informe
draft-files = Archivos adjuntos al borrador
remove-file = Quitar { $name }
save-report-draft = Guardar el borrador
file-report = Presentar el informe
report-draft-saved = Borrador guardado.
report-filed-notice = Informe presentado. Ya es público.
progress-timeline = Cronología de los avances
progress-no-reports = Todavía no hay informes de avance.
report-heading = Informe del { $date }
report-cycle = Ciclo { $cycle }
report-interim = Actualización entre ciclos
report-by = Presentado por { $organisation }
progress-percent-label = { $percent } % completado
progress-disbursed-label = Fondos desembolsados
progress-usd-unknown = Valor en dólares de los Estados Unidos desconocido: no hay tipo de cambio para esa fecha.
progress-countries-label = Países en los que se obtuvieron resultados
progress-beneficiaries-label = Beneficiarios alcanzados
progress-evidence-label = Documentación justificativa
progress-private-file = privado
progress-light-label = Semáforo
progress-comments = Comentarios
field-comment = Su comentario
comment-button = Comentar
review-progress-title = Informes de avance por examinar
review-progress-intro = Los informes presentados son públicos de inmediato. Acéptelos, solicite más información (el mensaje se añade a la conversación sobre el compromiso) o retire alguno.
review-progress-empty = No hay ningún informe pendiente.
accept-report = Aceptar
ask-for-more = Solicitar más información
take-down-report = Retirar
restore-report = Restablecer
field-review-message = Mensaje para la organización
progress-duties-title = Informes de avance
progress-duties-intro = Cada compromiso publicado presenta un informe por ciclo y puede presentar informes en cualquier momento.
duty-due = Vence el { $due } ({ $cycle })
duty-overdue = Vencido desde el { $due } ({ $cycle })
duty-up-to-date = Al día
duty-closed = Cerrado: los trabajos han finalizado o se han cancelado
duty-last-filed = Último informe presentado el { $date }
duty-draft = Borrador guardado
cycles-title = Ciclos de presentación de informes
cycles-intro = Cada compromiso publicado antes de que termine el período de un ciclo debe presentar un informe para ese ciclo, que vence en la fecha fijada para el ciclo.
field-cycle-label = Nombre
field-period-start = Inicio del período
field-period-end = Fin del período
field-due-on = Fecha límite del informe
add-cycle = Añadir un ciclo
set-due = Cambiar la fecha límite
recipients-title = Quién recibe los recordatorios sobre los informes de avance
recipients-intro = Los recordatorios se envían 30 días, 7 días y 1 día antes de la fecha límite de un informe y, después, cada semana mientras esté vencido. Mientras usted no elija, los reciben los administradores de su organización.
save-recipients = Guardar
recipients-saved = Guardado.
audit-about-progress = Informe de avance
audit-about-cycle = Ciclo de presentación de informes
audit-do-file = Presentar un informe
audit-do-request-more = Solicitar más información
audit-do-take-down = Retirar
audit-do-restore = Restablecer
audit-do-add = Añadir
audit-do-set-due = Cambiar la fecha límite
audit-do-set-progress-recipients = Destinatarios de los recordatorios
mail-progress-due-subject = Informe de avance con vencimiento el { $due }: { $title }
mail-progress-due-body = Estimado/a { $name }:

    El informe de avance del ciclo { $cycle } sobre el compromiso «{ $title }» vence el { $due }. Indique qué se ha alcanzado, qué se ha desembolsado y qué ha cambiado gracias a ello.

    Presente el informe aquí: { $link }
mail-progress-overdue-subject = Informe de avance vencido: { $title }
mail-progress-overdue-body = Estimado/a { $name }:

    El informe de avance del ciclo { $cycle } sobre el compromiso «{ $title }» vencía el { $due } y no se ha presentado. Un compromiso sin informes durante dos ciclos consecutivos figura como inactivo.

    Presente el informe aquí: { $link }
mail-progress-filed-subject = Informe de avance presentado: { $title }
mail-progress-filed-body = Estimado/a { $name }:

    { $person } ha presentado un informe de avance sobre el compromiso «{ $title }». Ya es público.

    Léalo aquí: { $link }
mail-progress-reviewed-subject = La UIT ha examinado el informe de avance: { $title }
mail-progress-accepted-body = Estimado/a { $name }:

    La UIT ha aceptado el informe de avance sobre el compromiso «{ $title }».

    { $message }

    Léalo aquí: { $link }
mail-progress-taken-down-body = Estimado/a { $name }:

    La UIT ha retirado el informe de avance sobre el compromiso «{ $title }», que ha dejado de ser público. La UIT ha escrito:

    { $message }

    Léalo aquí: { $link }
mail-progress-comment-subject = Nuevo comentario sobre un informe de avance: { $title }
mail-progress-comment-body = Estimado/a { $name }:

    { $person } ha comentado el informe de avance sobre el compromiso «{ $title }»:

    { $message }

    Responda aquí: { $link }
col-delivered = Desembolsado (USD)
col-delivered-share = Proporción desembolsada
stat-delivered = Desembolsado según los informes (USD)
stat-reporting = Compromisos con informe de avance
col-last-report = Último informe de avance
sheet-progress = Avance

## Roundtables and events
nav-events = Eventos
nav-my-events = Nuestros eventos
nav-organiser-events = Gestión de eventos
events-title = Eventos
events-intro = Las mesas redondas, cumbres y conferencias en las que los miembros de la Coalición anuncian sus compromisos.
events-empty = Todavía no hay eventos.
event-planned = Previsto
event-open = Abierto a anuncios
event-held = Celebrado
event-archived = Archivado
event-time-zone = Horas en el huso horario { $zone }
announced-pledges = Compromisos anunciados
announced-none = Ninguno de los compromisos anunciados aquí es público todavía.
ldc-share = En beneficio de los PMA (proporción de los compromisos, USD)
event-in-compendium = Estos compromisos en el compendio
event-export = Descargar estos compromisos (Excel)
programme-title = Programa
programme-empty = Todavía no hay sesiones.
video-statements = Declaraciones en vídeo
watch-on = Ver en { $host } (abre otro sitio)
transcript = Transcripción o resumen
announced-at = Anunciado en { $event }
announced-at-label = Anunciado en
session-high-level = Serie de sesiones de alto nivel
session-panel = Panel de debate
session-group-discussion = Debate en grupo
session-plenary = Compromisos anunciados en sesión plenaria
session-signing = Ceremonia de firma
session-other = Otra sesión
announcement-requested = Anuncio solicitado
announcement-accepted = Aceptado
announcement-scheduled = Programado
announcement-declined = Rechazado
announcement-withdrawn = Retirado por la organización
announcement-dropped = El compromiso ya no figura en el programa
organiser-events-title = Eventos que usted organiza
create-event = Crear el evento
save-event = Guardar el evento
edit-event = Modificar los datos del evento
event-saved = Se ha guardado el evento.
field-event-name = Nombre del evento
field-event-slug = Dirección de su página pública
hint-event-slug = Letras minúsculas, cifras y guiones; por ejemplo, wtdc-27. No podrá modificarse más adelante.
field-event-place = Lugar
field-time-zone = Huso horario
hint-time-zone = El huso horario del lugar, con el formato Zona/Ciudad: Africa/Kigali, Europe/Zurich, Asia/Riyadh.
field-starts-on = Primer día
field-ends-on = Último día
field-event-status = Estado
public-event-page = Página pública
back-to-desk = Volver a la gestión del evento
add-session = Añadir la sesión
session-saved = Se ha guardado la sesión.
remove-session = Eliminar esta sesión
field-session-kind = Tipo de sesión
field-session-title = Título de la sesión
field-session-starts = Inicio
field-session-ends = Fin
hint-event-local-time = Hora local del evento.
field-room = Sala
field-moderator = Moderador/a
field-session-focus-area = Ámbito prioritario
no-focus-area = Ninguno
field-speakers = Oradores
hint-speakers = Uno por línea: nombre; cargo; organización. Una organización registrada se enlaza si su nombre coincide exactamente.
speaker-label = Orador
announcements-title = Anuncios
announcements-empty = Todavía no hay solicitudes de anuncio.
announcement-decided = Hecho.
accept-announcement = Aceptar
decline-announcement = Rechazar
schedule-announcement = Programar
unschedule-announcement = Retirar del programa
field-plenary = Sesión plenaria
field-position = Orden
field-minutes = Minutos
video-loop-title = Declaraciones en vídeo entre sesiones
videos-empty = Todavía no hay declaraciones en vídeo.
video-label = Vídeo
add-leader-video = Añadir la declaración en vídeo de un líder
add-video = Añadir el vídeo
field-leader = Líder
field-video-url = Enlace al vídeo
hint-video-url = Un enlace https a un sitio de alojamiento autorizado por la UIT (YouTube, Vimeo, el sitio multimedia de la propia UIT…).
field-video-length = Duración
hint-video-length = Minutos y segundos; por ejemplo, 2:30.
field-transcript = Transcripción o resumen
video-statement-optional = Declaración en vídeo (si dispone de una)
signing-ceremony = Ceremonia de firma
open-signatories = Abrir la lista de signatarios
signatories-count = { $confirmed } de { $all } signatarios confirmados.
ceremony-sheet = Hoja de la ceremonia de firma
signatories-empty = No se ha abierto la lista de signatarios.
col-capacity = Función en la Coalición
col-signatory = Firmante
col-signature = Firma
coalition-leader = Líder de ámbito prioritario
coalition-member = Miembro
signatory-unconfirmed = Aún sin confirmar
signatory-confirmed = Signatario confirmado.
run-of-show-title = Guion del evento
run-changes-since = Cambios desde
hint-run-since = Hora local del evento. Se marca lo que ha cambiado después de ese momento y se enumera lo que se ha retirado del programa.
show-changes = Mostrar los cambios
run-changed = Modificado
run-removed = Retirado del programa
download-docx = Descargar en Word (DOCX)
download-xlsx = Descargar en Excel (XLSX)
col-starts = Inicio
col-ends = Fin
col-position = Orden
col-slot = Franja horaria
my-events-title = Nuestros eventos
ask-to-announce = Solicitar el anuncio de un compromiso
ask-to-announce-intro = Solicite anunciar en un evento un compromiso publicado o en revisión. Según las normas aplicables a los líderes, el orador es el máximo responsable de su organización.
announcement-asked = Su solicitud se ha enviado a los organizadores.
nothing-to-announce = No hay ningún evento abierto a anuncios, o su organización no tiene ningún compromiso que pueda anunciarse.
field-event = Evento
field-pledge = Compromiso
field-speaker-name = Nombre del orador
field-speaker-title = Cargo del orador
hint-speaker = La persona que anunciará el compromiso en la sesión plenaria.
our-announcements = Nuestras solicitudes de anuncio
withdraw-announcement = Retirar la solicitud
signatures-empty = Su organización todavía no figura en ninguna ceremonia de firma.
confirm-signatory = Confirmar el signatario
video-hosts-title = Sitios de alojamiento de vídeos
video-hosts-intro = Las declaraciones en vídeo solo pueden enlazar a estos sitios. Las páginas muestran un enlace y la transcripción; no se carga nada de estos sitios hasta que el visitante hace clic.
field-host = Sitio de alojamiento
hint-host = Un nombre de dominio, como www.youtube.com.
add-host = Autorizar este sitio
remove-host = Quitar
audit-about-event = Evento
audit-about-announcement = Anuncio
audit-about-session = Sesión
audit-do-request = Solicitar un anuncio
audit-do-schedule = Programar
audit-do-unschedule = Retirar del programa
audit-do-drop = Retirar junto con el compromiso
audit-do-edit = Modificar
audit-do-remove = Eliminar
audit-do-open-signatories = Abrir la lista de signatarios
audit-do-add-video = Añadir un vídeo
v-event-name = Dé al evento un nombre de 3 a 200 caracteres en una sola línea.
v-event-slug = Utilice entre 3 y 60 letras minúsculas, cifras y guiones sueltos; por ejemplo, wtdc-27.
v-event-slug-taken = Otro evento ya tiene esta dirección.
v-event-place = Indique dónde se celebra el evento.
v-time-zone = Indique un huso horario con el formato Zona/Ciudad; por ejemplo, Africa/Kigali.
v-session-title = Dé a la sesión un título de 3 a 200 caracteres.
v-local-time = Indique una fecha y una hora (esta hora no existe en el huso horario del evento o no es una fecha válida).
v-session-times = La sesión debe terminar después de empezar.
v-room = Indique en qué sala se celebra la sesión.
v-speakers = Escriba un orador por línea: nombre; cargo; organización (20 oradores como máximo).
v-room-taken = Otra sesión se celebra en esta sala a esa hora.
v-session-outside-event = La sesión debe celebrarse durante los días del evento.
v-session-has-announcements = Hay anuncios asignados a esta sesión; retírelos antes de cambiar su tipo.
v-event-closed = Este evento no admite solicitudes de anuncio en este momento.
v-announce-status = Solo puede anunciarse un compromiso publicado o en revisión.
v-announce-twice = Ya se ha solicitado anunciar este compromiso en este evento.
v-speaker-title = Indique el cargo del orador.
v-video-url = Indique un enlace https al vídeo.
v-video-length = Indique la duración en minutos y segundos; por ejemplo, 2:30 (dos horas como máximo).
v-transcript = Facilite una transcripción o un resumen de 20 a 20 000 caracteres: muchas personas no pueden ver el vídeo.
v-video-host = Los vídeos solo pueden enlazar a sitios autorizados por la UIT; este sitio no figura en la lista.
v-video-host-name = Indique un nombre de dominio, como www.youtube.com.
v-slot-minutes = Una franja horaria dura entre 1 y 60 minutos.
v-session-not-plenary = Los anuncios se asignan a una sesión plenaria de anuncios.
v-slots-overflow = Las franjas horarias sobrepasarían el final de la sesión.
v-not-a-leader = Aquí solo se añade el vídeo de un líder de ámbito prioritario.
mail-event-accepted-subject = Se ha aceptado su anuncio en { $event }: { $title }
mail-event-accepted-body = Estimado/a { $name }:

    Los organizadores de { $event } han aceptado su solicitud de anunciar el compromiso «{ $title }». Le informarán cuando el anuncio esté programado.

    Sus solicitudes: { $link }
mail-event-scheduled-subject = Su anuncio en { $event } está programado: { $title }
mail-event-scheduled-body = Estimado/a { $name }:

    El compromiso «{ $title }» se anunciará en { $event }, en la sesión «{ $session }», el { $time }.

    Sus solicitudes: { $link }
mail-event-week-subject = Dentro de una semana: su anuncio en { $event }
mail-event-day-subject = Mañana: su anuncio en { $event }
mail-event-slot-body = Estimado/a { $name }:

    { $speaker } anunciará el compromiso «{ $title }» en { $event } el { $time }.

    Sus solicitudes: { $link }
mail-event-left-subject = Un compromiso programado ha salido del programa de { $event }
mail-event-withdrawn-body = Estimado/a { $name }:

    El compromiso «{ $title }», cuyo anuncio se había aceptado en { $event }, ha sido retirado por su organización. Ya no figura en el programa ni en la página pública.

    Gestión del evento: { $link }
mail-event-unpublished-body = Estimado/a { $name }:

    El compromiso «{ $title }», cuyo anuncio se había aceptado en { $event }, ya no es público (la UIT ha anulado su publicación o lo ha rechazado). Ya no figura en el programa ni en la página pública.

    Gestión del evento: { $link }

# Marketplace
opp-kind-project = Proyecto
opp-kind-regional = Iniciativa regional
opp-kind-flagship = Iniciativa emblemática
opp-kind-campaign = Campaña
opp-status-open = Abierta
opp-status-funded = Financiada
opp-status-closed = Cerrada
in-kind-equipment = Equipos
in-kind-expertise = Conocimientos especializados
in-kind-training = Capacitación
in-kind-connectivity = Conectividad
sign-on-submitted = Pendiente de revisión por la UIT
sign-on-approved = Aprobada: cosignatario
sign-on-rejected = No aceptada
sign-on-withdrawn = Retirada
report-inaccurate = Información inexacta
report-duplicate = Duplicado
report-not-happening = No se está llevando a cabo
report-inappropriate = Contenido inapropiado
report-other = Otro motivo
report-state-open = Abierta
report-state-dismissed = Desestimada
report-state-asked = Consulta enviada a la organización
report-state-unpublished = Publicación retirada
report-dismiss = Desestimar la notificación
report-ask = Consultar a la organización
report-unpublish = Retirar la publicación de la página
v-opportunity-needs = Indique los fondos necesarios o marque al menos un tipo de ayuda necesaria.
v-sign-on-role = Indique en un texto de entre 10 y 2000 caracteres lo que hará su organización.
v-report-reason = Elija un motivo.
v-report-message = Describa el problema en un texto de entre 10 y 2000 caracteres.
v-opportunity-slug-taken = Otra oportunidad ya tiene esta dirección.
v-sign-on-closed = Este compromiso no admite adhesiones en este momento.
v-sign-on-twice = Su organización ya se ha adherido a este compromiso.
v-sign-on-own = Su organización es la organización principal de este compromiso.
v-answers = Elija oportunidades de la lista.
v-decision-reason = Indique un motivo de entre 5 y 2000 caracteres.
mail-market-sign-on-subject = Su adhesión a «{ $title }»
mail-market-sign-on-approved-body = Estimado/a { $name }:

    La UIT ha aprobado la adhesión de su organización al compromiso «{ $title }». Su organización figura ahora como cosignataria en la página pública.

    El compromiso: { $link }
mail-market-sign-on-rejected-body = Estimado/a { $name }:

    La UIT no ha aceptado la adhesión de su organización al compromiso «{ $title }».

    Motivo indicado por el revisor: { $reason }

    El compromiso: { $link }
mail-market-co-signed-subject = Un nuevo cosignatario de «{ $title }»
mail-market-co-signed-body = Estimado/a { $name }:

    { $organisation } se ha adherido a su compromiso «{ $title }» y la UIT ha aprobado la adhesión. Ahora figura como cosignataria en la página pública.

    El compromiso: { $link }
mail-market-report-subject = Notificación sobre «{ $title }»
mail-market-report-asked-body = Estimado/a { $name }:

    Un visitante ha notificado un problema con «{ $title }» (motivo: { $reason }). Un revisor de la UIT pregunta:

    { $message }

    Responda a la UIT o corrija la página. La página: { $link }
mail-market-report-unpublished-body = Estimado/a { $name }:

    Tras la notificación de un problema con «{ $title }» (motivo: { $reason }), un revisor de la UIT ha retirado la página de las páginas públicas.

    Nota del revisor: { $message }

    La página: { $link }
nav-opportunities = Oportunidades
opportunities-title = Oportunidades para financiar y sumarse
opportunities-intro = Proyectos, iniciativas regionales de la CMDT, iniciativas emblemáticas y campañas que la UIT invita a los asociados a financiar o a sumarse a ellos. Contraiga un compromiso con uno de ellos: una vez que la UIT lo publique, su compromiso se reflejará en su barra de financiación.
opportunities-for-you = Oportunidades para usted
all-opportunities = Todas las oportunidades
opportunities-empty = Ninguna oportunidad coincide con estos filtros.
opportunity-filters = Filtrar las oportunidades
opportunity-search = Buscar en títulos y resúmenes
field-opportunity-kind = Tipo
field-opportunity-status = Estado
post-opportunity = Publicar una oportunidad
edit-opportunity = Modificar la oportunidad
save-opportunity = Guardar la oportunidad
field-opportunity-slug = Dirección de su página
field-target-countries = Países destinatarios
field-groups = Grupos PMA, PDSL y PEID
money-needed = Fondos necesarios
in-kind-needed = Ayuda en especie necesaria
field-in-kind-note = Detalles sobre la ayuda en especie
opportunity-contact = Persona de contacto en la UIT
opportunity-places = Regiones y países
opportunity-everywhere = Cualquier país
opportunity-timeline = Calendario
funding-title = Financiación
funding-of = { $committed } comprometidos de { $needed } necesarios
funding-committed = { $committed } comprometidos
funding-bar-label = Proporción de los fondos necesarios que se ha comprometido
delivered-bar-label = Proporción de los fondos necesarios que se ha desembolsado
funding-lines = Compromisos publicados: { $count }; { $pledged } comprometidos, { $cosigned } aportados por cosignatarios, { $delivered } desembolsados hasta la fecha
pledge-to-opportunity = Contraer un compromiso con esta oportunidad
answering-pledges = Compromisos publicados que responden a ella
answering-none = Todavía ningún compromiso publicado responde a ella.
co-signers-add = Los cosignatarios aportan { $usd }
reason-similar-size = tamaño similar al de sus compromisos
reason-funder = usted financia proyectos
suggestion-reason = Motivo: { $reasons }
report-problem = Notificar un problema con esta página
report-thanks = Gracias. Los revisores de la UIT examinarán su notificación.
field-report-reason = ¿Cuál es el problema?
field-report-message = Cuéntenos más
field-report-email = Su dirección de correo electrónico (opcional)
hint-report-email = Solo si desea recibir una respuesta. Sin ella, su notificación no contiene nada que permita identificarle; nunca se comunica a la organización quién hizo la notificación.
send-report = Enviar la notificación
co-signers-title = Cosignatarios
sign-on-title = Adherirse a este compromiso
sign-on-open = Este compromiso está abierto: otras organizaciones pueden adherirse a él aportando fondos o ayuda en especie, o desempeñando una función. La UIT revisa cada adhesión antes de que aparezca aquí.
your-sign-on = Adhesión de su organización: { $state }
withdraw-sign-on = Retirar nuestra adhesión
close-sign-on = Cerrar las adhesiones a este compromiso
field-sign-on-amount = Fondos que aporta su organización (opcional)
field-sign-on-in-kind = Ayuda en especie que aporta su organización
field-sign-on-role = Lo que hará su organización
sign-on-button = Adherirse
sign-on-queue-title = Adhesiones
sign-on-queue-intro = Organizaciones que se han adherido a compromisos abiertos. Apruebe una adhesión para que la organización figure como cosignataria; recházela indicando un motivo. Nada cambia en las páginas públicas hasta que usted la apruebe.
sign-on-queue-empty = No hay ninguna adhesión pendiente de revisión.
approve-sign-on = Aprobar a { $organisation }
reject-reason = Motivo del rechazo
reject-sign-on = Rechazar
report-queue-title = Problemas notificados
report-queue-intro = Problemas notificados por el público, contabilizados por página. Desestímelos, consulte a la organización o retire la publicación de la página, siempre indicando un motivo.
report-queue-empty = No hay ninguna notificación pendiente de decisión.
report-count = { $count ->
    [one] Una notificación
    [many] { $count } notificaciones
   *[other] { $count } notificaciones
}
report-decision-note = Su motivo (se envía a la organización si la consulta o retira la publicación)
coalition-role = Función en la Coalición
no-coalition-role = No es líder ni miembro de ningún ámbito prioritario.
role-leader-of = Líder de ámbito prioritario: { $area }
role-member-of = Miembro de ámbito prioritario: { $area }
profile-pledges = Compromisos publicados
profile-totals = Compromisos: { $count }, por un valor de { $usd }; { $cosigned } como cosignataria
part-partner = asociado
part-co-signer = cosignatario
profile-opportunities = Oportunidades a las que ha respondido
profile-events = Eventos en los que ha hecho anuncios
posters-title = Quién puede publicar oportunidades
posters-intro = Los administradores de la UIT publican oportunidades, al igual que los revisores a los que se conceda ese derecho aquí.
poster-yes = puede publicar
poster-no = no puede publicar
poster-grant = Conceder el derecho
poster-revoke = Retirar el derecho
answers-opportunities = Responde a las oportunidades
section-market = Oportunidades y asociados
field-answers = Oportunidades a las que responde este compromiso
field-open-sign-on = Compromiso abierto
open-sign-on-yes = Otras organizaciones pueden adherirse a este compromiso
hint-open-sign-on = Una vez que la UIT lo publique, otras organizaciones podrán aportar fondos o ayuda en especie, o desempeñar una función; la UIT revisa cada adhesión. Puede cerrar las adhesiones en cualquier momento.
opportunity-suggestions = Oportunidades a las que este compromiso podría responder
stat-cosigned = Aportado por cosignatarios (USD)
sign-in-to-sign-on = Inicie sesión para que su organización se adhiera
audit-about-opportunity = Oportunidad
audit-about-sign-on = Adhesión a un compromiso abierto
audit-about-report = Notificación de un problema
audit-do-post = Publicar
audit-do-sign-on = Adherirse
audit-do-close-sign-on = Cerrar las adhesiones
audit-do-dismiss = Desestimar
audit-do-ask = Consultar a la organización
audit-do-grant-opportunities = Conceder el derecho a publicar oportunidades
audit-do-revoke-opportunities = Retirar el derecho a publicar oportunidades
unpublish-admins-only = Solo los administradores de la UIT pueden retirar la publicación de un compromiso: pida a uno de ellos que lo haga si la página debe retirarse.
