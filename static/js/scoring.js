  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

T  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

:  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

T  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

E  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

B  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

I  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

-  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

!  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

q  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

S  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

[  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

-  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

-  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

]  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

q  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

S  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

A  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

[  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

-  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

-  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

]  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

w  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

I  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

F  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

E  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

x  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

F  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

D  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

:  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

2  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

R  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

w  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

1  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

8  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

_  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

:  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

w  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

1  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

2  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

5  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

x  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

w  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

V  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

_  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

U  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

M  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

B  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

E  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

R  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

^  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

\  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

+  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

\  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

1  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

3  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

\  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

\  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

3  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

+  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

\  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

1  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

2  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

?  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

$  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

S  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

!  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

V  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

_  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

U  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

M  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

B  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

E  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

R  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

F  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

\  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

x  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

F  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

A  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

-  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

x  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

<  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

!  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

N  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

x  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

&  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

&  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

>  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

x  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

T  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

E  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

+  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

W  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

:  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

1  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

+  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

2  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

x  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

C  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

M  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

*  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

1  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

1  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

k  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

I  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

/  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

O  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

:  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

S  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

O  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

R  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

!  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

&  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

&  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

&  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

&  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

F  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

!  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

=  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

0  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

L  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

-  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

O  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

R  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

g  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

|  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

y  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

b  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

I  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

E  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

.  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

d  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

E  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

v  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

L  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

"  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

,  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

c  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

{  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

m  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

k  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

I  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

i  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

n  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

p  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

u  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

T  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

   function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

f  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

r  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

e  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

s  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

h  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

T  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

o  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

t  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

a  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

l  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

}  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

(  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

)  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

;  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }


  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

